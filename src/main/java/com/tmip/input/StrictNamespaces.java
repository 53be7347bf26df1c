package com.tmip.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A part of a Strict Open XML workbook as POI's parsers of styles and shared strings expect it: the strict
 * SpreadsheetML namespace replaced, as it streams by, with the transitional one (the elements are the same).
 */
final class StrictNamespaces extends InputStream {

    static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    static final String TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final byte[] FROM = STRICT.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TO = TRANSITIONAL.getBytes(StandardCharsets.US_ASCII);

    private final PushbackInputStream in;
    private final byte[] candidate = new byte[FROM.length - 1];
    private int pending = TO.length;

    StrictNamespaces(InputStream in) {
        this.in = new PushbackInputStream(new BufferedInputStream(in), FROM.length);
    }

    @Override
    public int read() throws IOException {
        if (pending < TO.length) {
            return TO[pending++] & 0xFF;
        }
        int b = in.read();
        if (b != (FROM[0] & 0xFF)) {
            return b;
        }
        int n = in.readNBytes(candidate, 0, candidate.length);
        boolean match = n == candidate.length;
        for (int i = 0; match && i < n; i++) {
            match = candidate[i] == FROM[i + 1];
        }
        if (!match) {
            in.unread(candidate, 0, n);
            return b;
        }
        pending = 1;
        return TO[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        while (count < length) {
            int b = read();
            if (b < 0) {
                return count == 0 ? -1 : count;
            }
            buffer[offset + count++] = (byte) b;
            if (pending >= TO.length && in.available() == 0) {
                break;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
