package com.tmip.row;

import java.util.Locale;

/** Small helpers the row rules of every feature share for reading a raw cell. Stateless. */
public final class Cells {

    private static final int QUOTE_LIMIT = 80;

    private Cells() {
    }

    /** The raw cell, never null. */
    public static String raw(String cell) {
        return cell == null ? "" : cell;
    }

    /** The cell without surrounding white space, including no-break spaces, zero-width spaces and a BOM. */
    public static String trim(String cell) {
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

    public static boolean isBlank(String cell) {
        return trim(cell).isEmpty();
    }

    /** Trimmed, lower-case, runs of white space collapsed to one space. */
    public static String words(String cell) {
        return trim(cell).replaceAll("[\\s\\u00A0\\u200B]+", " ").toLowerCase(Locale.ROOT);
    }

    /** Lower-case letters and digits only: "Trade-In" and "trade in" are both "tradein". */
    public static String letters(String cell) {
        StringBuilder key = new StringBuilder();
        trim(cell).codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The text in quotes for a message, cut short when long (the full value is in {@code Violation.value}). */
    public static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "\"" + shown + "\"";
    }

    /** The violation of a required cell left blank, under the feature's own code for it. */
    public static Violation required(String column, RuleCode code, String cell) {
        return new Violation(column, code, column + " is required", raw(cell));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** True for a character that is not text: C0 controls but tab, CR and LF; DEL; C1 controls; U+FFFE, U+FFFF. */
    public static boolean isNotText(char c) {
        return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /**
     * {@code text} with every character that is not text ({@link #isNotText}) replaced by U+FFFD: what is stored
     * or reported never holds them raw (PostgreSQL refuses NUL; a terminal obeys escapes).
     */
    public static String textOnly(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean notText = isNotText(c);
            if (notText && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(notText ? '\uFFFD' : c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
