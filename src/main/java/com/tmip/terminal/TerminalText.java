package com.tmip.terminal;

/** Text safe to print on a terminal: every character that could steer it becomes a visible <code>&#92;uXXXX</code>. */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * {@code text} with each C0 control (tab, CR and LF included: a value is printed on one line), DEL, C1
     * control and bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) written as
     * <code>&#92;uXXXX</code>; null as {@code "null"}.
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * Like {@link #escape(String)} but keeps tabs and line breaks, for a block of lines such as a JSON document:
     * Jackson writes the C0 controls of a value as <code>&#92;uXXXX</code> already, and the escape this adds for DEL,
     * C1 and bidi characters (only ever inside a JSON string) is JSON's own, so the document means the same.
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text, keepLines);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(keepLines && isLayout(c))) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@link #escape(String)} of {@code String.valueOf(value)}. */
    public static String escape(Object value) {
        return escape(String.valueOf(value));
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isLayout(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }

    private static int firstUnsafe(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(keepLines && isLayout(c))) {
                return i;
            }
        }
        return -1;
    }
}
