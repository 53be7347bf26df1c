package com.tmip.input;

/**
 * Checks, chunk by chunk, that a byte stream is well-formed UTF-8 (no overlong forms, no surrogates, nothing
 * above U+10FFFF). Holds only the state of the sequence in progress, so any file size is fine.
 */
final class Utf8Validator {

    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    private boolean valid = true;

    void update(byte[] bytes, int offset, int length) {
        if (!valid) {
            return;
        }
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0) {
                if (b < 0x80) {
                    continue;
                }
                if (!lead(b)) {
                    valid = false;
                    return;
                }
            } else {
                if (b < low || b > high) {
                    valid = false;
                    return;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            }
        }
    }

    /** True when every byte seen so far forms complete, well-formed UTF-8 sequences. */
    boolean isValid() {
        return valid && pending == 0;
    }

    private boolean lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            return false;
        }
        return true;
    }

    private void expect(int count, int firstLow, int firstHigh) {
        pending = count;
        low = firstLow;
        high = firstHigh;
    }
}
