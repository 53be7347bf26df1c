package com.tmip.input;

/** The stable rule codes of whole-file problems, as they appear in failures.csv and summary.json. */
public final class InputRules {

    public static final String FILE_NOT_READABLE = "FILE_NOT_READABLE";
    public static final String FILE_EMPTY = "FILE_EMPTY";
    public static final String FILE_FORMAT_UNKNOWN = "FILE_FORMAT_UNKNOWN";
    public static final String FILE_ENCRYPTED = "FILE_ENCRYPTED";
    public static final String FILE_CORRUPT = "FILE_CORRUPT";
    public static final String FILE_NO_HEADER = "FILE_NO_HEADER";

    private InputRules() {
    }
}
