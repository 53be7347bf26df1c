package com.tmip.run;

/**
 * A request that cannot be run as given, whatever the data (for example remote partitions on the embedded
 * database): nothing was started. A front end reports it like a usage error (exit code 2).
 */
public class UnsupportedRequestException extends RuntimeException {

    public UnsupportedRequestException(String message) {
        super(message);
    }
}
