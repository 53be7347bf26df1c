package com.tmip.cli;

import com.tmip.terminal.TerminalText;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns as wide as their widest cell, numbers right-aligned, text left-aligned, control
 * characters escaped ({@link TerminalText}).
 */
final class Table {

    private final List<String> header;
    private final List<Object[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header).stream().map(TerminalText::escape).toList();
    }

    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof Number ? cells[i] : TerminalText.escape(cells[i]);
        }
        rows.add(safe);
        return this;
    }

    void print(PrintStream out) {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            numeric[i] = !rows.isEmpty();
        }
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], String.valueOf(row[i]).length());
                numeric[i] &= row[i] instanceof Number;
            }
        }
        line(out, header.toArray(), width, numeric);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        rows.forEach(row -> line(out, row, width, numeric));
    }

    private static void line(PrintStream out, Object[] cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = String.valueOf(cells[i]);
            String pad = " ".repeat(width[i] - cell.length());
            sb.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + cell : cell + (i == cells.length - 1 ? "" : pad));
        }
        out.println(sb);
    }
}
