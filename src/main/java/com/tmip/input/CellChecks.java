package com.tmip.input;

import com.tmip.row.Cells;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link InputLimits} and the text rules to the rows a reader parsed, alike for CSV, .xlsx and .xls: the
 * header and the sheet name are checked once (a problem rejects the file); a data row's cells are made safe to
 * store and print, and each cell that is too long, not text or beyond the columns read becomes a
 * {@link CellProblem} that rejects the row. Messages never quote a cell's value.
 */
final class CellChecks {

    /** What replaces a character that is not text in what is kept of a cell. */
    static final char REPLACEMENT = '\uFFFD';

    private final InputLimits limits;

    CellChecks(InputLimits limits) {
        this.limits = limits;
    }

    InputLimits limits() {
        return limits;
    }

    /**
     * The header's labels, control characters replaced.
     *
     * @param beyond the 0-based column of a value beyond {@link InputLimits#maxColumns()}, or -1
     */
    List<String> header(List<String> cells, int beyond, int rowNumber) throws InputFileException {
        beyond = Math.max(beyond, lastValueBeyondLimit(cells));
        if (cells.size() > limits.maxColumns()) {
            cells = cells.subList(0, limits.maxColumns());
        }
        if (beyond >= 0) {
            int column = beyond;
            throw new InputFileException(InputRule.FILE_TOO_MANY_COLUMNS, "The header row (row " + rowNumber
                    + ") reaches column " + columnName(column) + ", but a list may have at most "
                    + limits.maxColumns() + " columns. Please delete the columns after the list's own and send the "
                    + "file again.", rowNumber, null);
        }
        List<String> header = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String label = cells.get(i);
            if (label.length() > limits.maxHeaderLength()) {
                throw new InputFileException(InputRule.FILE_HEADER_TOO_LONG, "The header of column "
                        + columnName(i) + " (row " + rowNumber + ") is longer than " + limits.maxHeaderLength()
                        + " characters: it is not a column name. Please put the column names in the first row.",
                        rowNumber, null);
            }
            header.add(sanitize(label));
        }
        return header;
    }

    /** The sheet's name, control characters replaced. */
    String sheetName(String name) throws InputFileException {
        String safe = name == null ? "" : name;
        if (safe.length() > limits.maxSheetNameLength()) {
            throw new InputFileException(InputRule.FILE_SHEET_NAME_TOO_LONG, "The name of the sheet with the list "
                    + "is " + safe.length() + " characters long; Excel allows at most " + limits.maxSheetNameLength()
                    + ". Please rename the sheet and send the file again.");
        }
        return sanitize(safe);
    }

    /**
     * A data row: cells too long are cut, characters that are not text replaced, and each such cell reported.
     *
     * @param beyond the 0-based column of a value beyond {@link InputLimits#maxColumns()} (already left out of
     *               {@code cells}), or -1
     */
    SourceRow row(int rowNumber, List<String> cells, int beyond, List<String> header) {
        List<String> kept = cells;
        List<CellProblem> problems = new ArrayList<>(0);
        if (cells.size() > limits.maxColumns()) {
            beyond = Math.max(beyond, lastValueBeyondLimit(cells));
            kept = new ArrayList<>(cells.subList(0, limits.maxColumns()));
        }
        for (int i = 0; i < kept.size(); i++) {
            String cell = kept.get(i);
            String safe = cell;
            if (cell.length() > limits.maxCellLength()) {
                safe = cell.substring(0, limits.maxCellLength()) + "…";
                problems.add(new CellProblem(label(header, i), InputRule.CELL_TOO_LONG, "The value in "
                        + describe(header, i) + " is longer than " + limits.maxCellLength() + " characters, the most a "
                        + "cell may hold. Please check the column: a whole file may have been pasted into one cell."));
            }
            int bad = firstControl(safe);
            if (bad >= 0) {
                problems.add(new CellProblem(label(header, i), InputRule.CELL_CONTROL_CHARACTER, "The value in "
                        + describe(header, i) + " holds a character that is not text ("
                        + String.format("U+%04X", (int) safe.charAt(bad)) + "). Please remove it: it often comes "
                        + "from a database export or a damaged file."));
                safe = sanitize(safe);
            }
            if (safe != cell) {
                if (kept == cells) {
                    kept = new ArrayList<>(cells);
                }
                kept.set(i, safe);
            }
        }
        if (beyond >= 0) {
            problems.add(new CellProblem(columnName(beyond), InputRule.ROW_TOO_MANY_COLUMNS, "This row has a value "
                    + "in column " + columnName(beyond) + ", but a list may have at most " + limits.maxColumns()
                    + " columns. Please delete what lies after the list's columns."));
        }
        return new SourceRow(rowNumber, kept, problems);
    }

    /** The last column at or after the limit that holds a value, or -1 (blank trailing fields are fine). */
    private int lastValueBeyondLimit(List<String> cells) {
        for (int i = cells.size() - 1; i >= limits.maxColumns(); i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** True for a character that is not text (see {@link Cells#isNotText}). */
    static boolean isControl(char c) {
        return Cells.isNotText(c);
    }

    /** {@code text} with every character that is not text replaced by U+FFFD. */
    static String sanitize(String text) {
        return Cells.textOnly(text);
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The column's header label, or its number and letters where it has none. */
    private static String label(List<String> header, int column) {
        String label = column < header.size() ? header.get(column) : "";
        return label.isBlank() ? columnName(column) : label;
    }

    private static String describe(List<String> header, int column) {
        String label = column < header.size() ? header.get(column) : "";
        return label.isBlank() ? columnName(column) : "column \"" + label + "\"";
    }

    /** "column 7 (G)" for the 0-based column 6. */
    static String columnName(int column) {
        StringBuilder letters = new StringBuilder();
        long n = (long) column + 1;
        while (n > 0) {
            long r = (n - 1) % 26;
            letters.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return "column " + ((long) column + 1) + " (" + letters + ")";
    }
}
