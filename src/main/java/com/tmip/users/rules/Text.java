package com.tmip.users.rules;

import com.tmip.equipment.Violation;

/** Small helpers the user rules share for reading a raw cell. Stateless. */
final class Text {

    private static final int QUOTE_LIMIT = 80;

    private Text() {
    }

    static String raw(String cell) {
        return cell == null ? "" : cell;
    }

    /** The cell without surrounding white space, including no-break spaces, zero-width spaces and a BOM. */
    static String trim(String cell) {
        String text = raw(cell);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(String cell) {
        return trim(cell).isEmpty();
    }

    static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "\"" + shown + "\"";
    }

    static Violation required(String column, String cell) {
        return new Violation(column, UserRuleCodes.REQUIRED, column + " is required", raw(cell));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
