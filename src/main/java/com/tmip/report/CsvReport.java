package com.tmip.report;

import com.tmip.files.PrivateFiles;
import com.tmip.row.Cells;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one CSV report: UTF-8 with a BOM (so Excel reads accents right), every text cell that would start a
 * formula prefixed with an apostrophe, written to a temporary file and moved into place when complete, so a
 * half-written report never looks final.
 */
public final class CsvReport implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Path target;
    private final Path temp;
    private final ICSVWriter csv;
    private boolean complete;

    public CsvReport(Path target, List<String> header) {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            PrivateFiles.createDirectories(target.getParent());
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(PrivateFiles.createFile(temp)), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            this.csv = new CSVWriter(out, ',', '"', '"', "\r\n") {
                /** A cell with a semicolon is quoted too, so that Excel in a semicolon locale keeps it whole. */
                @Override
                protected boolean stringContainsSpecialCharacters(String line) {
                    return line.indexOf(';') >= 0 || super.stringContainsSpecialCharacters(line);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
        row(header);
    }

    public void row(List<String> cells) {
        String[] line = new String[cells.size()];
        for (int i = 0; i < line.length; i++) {
            line[i] = neutralise(printable(cells.get(i)));
        }
        csv.writeNext(line, false);
    }

    /** Marks the report complete: {@link #close()} then moves it into place. */
    public void complete() {
        complete = true;
    }

    @Override
    public void close() {
        try {
            csv.close();
            if (complete) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * A text that Excel would read as a formula gets a leading apostrophe: one starting with =, +, -, @, tab or
     * carriage return, or with a part that does after a comma or semicolon (where Excel may split a line it reads
     * in another locale; spaces and a double quote before the part do not help). Plain numbers such as -12.5 are
     * left alone. A cell with a separator is also quoted (see the writer), so no Excel splits it. Our readers
     * remove that apostrophe again.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return couldBeFormula(value) ? "'" + value : value;
    }

    /** True when {@code value}, or a part of it after a ',' or ';', would start a formula in Excel. */
    static boolean couldBeFormula(String value) {
        if (startsFormula(value)) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == ';') {
                int start = i + 1;
                while (start < value.length() && (value.charAt(start) == ' ' || value.charAt(start) == '"')) {
                    start++;
                }
                int end = start;
                while (end < value.length() && value.charAt(end) != ',' && value.charAt(end) != ';') {
                    end++;
                }
                String part = value.substring(start, end);
                if (part.endsWith("\"")) {
                    part = part.substring(0, part.length() - 1);
                }
                if (startsFormula(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(text).matches();
    }

    /**
     * {@code value} with every character that is not text (C0 controls but tab, CR and LF; DEL; C1 controls;
     * U+FFFE, U+FFFF) replaced by U+FFFD: a report or a table never holds them raw (PostgreSQL refuses NUL).
     */
    public static String printable(String value) {
        return Cells.textOnly(value);
    }

    /** Undoes {@link #neutralise(String)} on a value read back from one of our reports. */
    public static String restore(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && couldBeFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    /** Writes a small text file (JSON) the same safe way: temporary file, then moved into place. */
    public static void writeAtomically(Path target, String content) {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            PrivateFiles.createDirectories(target.getParent());
            Files.writeString(PrivateFiles.createFile(temp), content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }
}
