package com.tmip.input;

/**
 * A whole input file cannot be read: wrong format, encrypted, corrupt, no header. The message is meant for
 * the partner who sent the file; {@code rule} is a stable code such as {@code FILE_FORMAT_UNKNOWN}.
 */
public class InputFileException extends Exception {

    private final InputRule rule;
    private final int rowNumber;

    public InputFileException(InputRule rule, String message) {
        this(rule, message, 0, null);
    }

    public InputFileException(InputRule rule, String message, int rowNumber, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.rowNumber = rowNumber;
    }

    /** The rule's code, e.g. {@code FILE_FORMAT_UNKNOWN}. */
    public String rule() {
        return rule.code();
    }

    /** The row where reading stopped, or 0 when the problem is not tied to a row. */
    public int rowNumber() {
        return rowNumber;
    }
}
