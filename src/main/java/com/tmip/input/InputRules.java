package com.tmip.input;

/** The stable rule codes of whole-file and cell problems, as they appear in failures.csv and summary.json. */
public final class InputRules {

    public static final String FILE_NOT_READABLE = "FILE_NOT_READABLE";
    public static final String FILE_EMPTY = "FILE_EMPTY";
    public static final String FILE_FORMAT_UNKNOWN = "FILE_FORMAT_UNKNOWN";
    public static final String FILE_ENCRYPTED = "FILE_ENCRYPTED";
    public static final String FILE_CORRUPT = "FILE_CORRUPT";
    public static final String FILE_NO_HEADER = "FILE_NO_HEADER";
    public static final String FILE_TOO_MANY_COLUMNS = "FILE_TOO_MANY_COLUMNS";
    public static final String FILE_HEADER_TOO_LONG = "FILE_HEADER_TOO_LONG";
    public static final String FILE_SHEET_NAME_TOO_LONG = "FILE_SHEET_NAME_TOO_LONG";
    public static final String FILE_SHARED_STRINGS_TOO_LARGE = "FILE_SHARED_STRINGS_TOO_LARGE";

    // problems of one cell, which reject its row (see CellProblem)
    public static final String ROW_TOO_MANY_COLUMNS = "ROW_TOO_MANY_COLUMNS";
    public static final String CELL_TOO_LONG = "CELL_TOO_LONG";
    public static final String CELL_CONTROL_CHARACTER = "CELL_CONTROL_CHARACTER";

    private InputRules() {
    }
}
