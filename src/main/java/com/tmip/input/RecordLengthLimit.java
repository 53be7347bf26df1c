package com.tmip.input;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV reader before one record grows past a bound: opencsv assembles a whole record (a line, or the lines of
 * a quoted value) in memory, so a gigabyte without a line break, or a quote never closed, would exhaust any heap.
 * Follows RFC 4180's quoting the way the parser does: a line break ends the record when an even number of quote
 * characters came before it in the record (a doubled quote inside a quoted value counts twice).
 */
final class RecordLengthLimit extends FilterReader {

    /** Thrown by {@link #read} when the record being read goes past the bound. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException(long limit) {
            super("record longer than " + limit + " characters");
        }
    }

    private final long limit;
    private long inRecord;
    private boolean quoted;
    private boolean tripped;

    RecordLengthLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    /**
     * Hands on the characters up to the one past the bound, and throws on the call after: the records before it are
     * whole and get read, whatever the reader above asks for at a time.
     */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (tripped) {
            throw new RecordTooLongException(limit);
        }
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (!count(buffer[i])) {
                tripped = true;
                if (i == offset) {
                    throw new RecordTooLongException(limit);
                }
                return i - offset;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("a CSV record is read, not skipped");
    }

    /** Counts one character into its record; false when it is past the bound. */
    private boolean count(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if ((c == '\n' || c == '\r') && !quoted) {
            inRecord = 0;
            return true;
        }
        return ++inRecord <= limit;
    }
}
