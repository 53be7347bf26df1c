package com.tmip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.tmip.cases.ItemLine;
import com.tmip.report.CsvReport;
import com.tmip.terminal.TerminalText;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints items one at a time as they stream from the database: a table of fixed column widths (the widths cannot
 * wait for the last row; a longer value is cut with "…" in the table only), CSV, or a JSON array. Every value has
 * its control characters escaped ({@link TerminalText}).
 */
final class ItemsPrinter implements Consumer<ItemLine>, AutoCloseable {

    static final List<String> COLUMNS = List.of("serial_number", "case_id", "account_id", "platform", "disposition",
            "state", "due_date", "overdue", "received_on", "return_reference");
    /** The table's widths: serials have at most 20 characters, states 20; ids and references are usually short. */
    private static final int[] WIDTHS = {20, 14, 12, 10, 11, 20, 10, 7, 11, 24};
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Format { TABLE, CSV, JSON }

    private final Format format;
    private final PrintStream out;
    private final boolean withCase;
    private final PrintWriter writer;
    private final ICSVWriter csv;
    private long count;

    /** @param withCase whether the case and account columns are printed (not under one case's heading) */
    ItemsPrinter(Format format, PrintStream out, boolean withCase) {
        this.format = format;
        this.out = out;
        this.withCase = withCase;
        this.writer = new PrintWriter(out, false, StandardCharsets.UTF_8);
        this.csv = format == Format.CSV ? new CSVWriter(writer, ',', '"', '"', "\r\n") : null;
        switch (format) {
            case TABLE -> {
                out.println(tableLine(columns(COLUMNS.toArray(String[]::new))));
            }
            case CSV -> {
                csv.writeNext(columns(COLUMNS.toArray(String[]::new)), false);
                writer.flush();
            }
            case JSON -> out.print("[");
        }
    }

    @Override
    public void accept(ItemLine item) {
        String[] cells = {item.serial(), item.caseId(), item.accountId(), item.platform(), item.disposition(),
                item.state().name(), text(item.dueDate()), item.overdue() ? "yes" : "no", text(item.receivedOn()),
                item.returnReference()};
        switch (format) {
            case TABLE -> out.println(tableLine(columns(cells)));
            case CSV -> {
                String[] safe = columns(cells);
                for (int i = 0; i < safe.length; i++) {
                    safe[i] = CsvReport.neutralise(TerminalText.escape(safe[i] == null ? "" : safe[i]));
                }
                csv.writeNext(safe, false);
                if (count % 1000 == 0) {
                    writer.flush();
                }
            }
            case JSON -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("serial_number", item.serial());
                if (withCase) {
                    map.put("case_id", item.caseId());
                    map.put("account_id", item.accountId());
                }
                map.put("platform", item.platform());
                map.put("disposition", item.disposition());
                map.put("state", item.state().name());
                map.put("due_date", item.dueDate() == null ? null : item.dueDate().toString());
                map.put("overdue", item.overdue());
                map.put("received_on", item.receivedOn() == null ? null : item.receivedOn().toString());
                map.put("return_reference", item.returnReference());
                out.print((count == 0 ? "\n  " : ",\n  ") + json(map));
            }
        }
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public void close() {
        switch (format) {
            case TABLE -> out.println(count + (count == 1 ? " item" : " items"));
            case CSV -> writer.flush();
            case JSON -> out.println(count == 0 ? "]" : "\n]");
        }
        out.flush();
    }

    /** The cells of the printed columns (the case and account left out under a case's heading). */
    private String[] columns(String[] cells) {
        if (withCase) {
            return cells.clone();
        }
        String[] kept = new String[cells.length - 2];
        kept[0] = cells[0];
        System.arraycopy(cells, 3, kept, 1, cells.length - 3);
        return kept;
    }

    private String tableLine(String[] cells) {
        int[] widths = withCase ? WIDTHS : columnsOf(WIDTHS);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = TerminalText.escape(cells[i] == null ? "" : cells[i]);
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cell));
        }
        return line.toString().stripTrailing();
    }

    private static int[] columnsOf(int[] widths) {
        int[] kept = new int[widths.length - 2];
        kept[0] = widths[0];
        System.arraycopy(widths, 3, kept, 1, widths.length - 3);
        return kept;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String json(Object value) {
        try {
            return TerminalText.escapeKeepingLines(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
