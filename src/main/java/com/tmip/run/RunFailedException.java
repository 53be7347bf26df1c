package com.tmip.run;

/** A run stopped before it finished; running the same command again resumes it (exit code 1). */
public class RunFailedException extends RuntimeException {

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
