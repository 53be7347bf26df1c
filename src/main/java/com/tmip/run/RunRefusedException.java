package com.tmip.run;

/**
 * A run was not started, and nothing was done: a live process is already importing the same input, or the
 * reports could not be written (exit code 1).
 */
public class RunRefusedException extends RuntimeException {

    public RunRefusedException(String message) {
        super(message);
    }
}
