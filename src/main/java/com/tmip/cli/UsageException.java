package com.tmip.cli;

/** The command line is wrong: the message says how, and the process exits with code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
