package com.tmip.cli;

/**
 * The command line is wrong: the message says how in one line, and the process exits with code 2. The hint, when
 * there is one, is the command's synopsis and where its help is, printed after the message.
 */
public class UsageException extends RuntimeException {

    private final String hint;

    public UsageException(String message) {
        this(message, "");
    }

    UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** The synopsis of the command that was meant and a pointer to its help, or "" when there is none. */
    public String hint() {
        return hint;
    }

    UsageException withHint(String hint) {
        return this.hint.isEmpty() ? new UsageException(getMessage(), hint) : this;
    }
}
