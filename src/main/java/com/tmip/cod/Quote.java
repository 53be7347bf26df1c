package com.tmip.cod;

/** Quotes a file name for a message, showing control characters as {@code \\uXXXX}. */
final class Quote {

    private Quote() {
    }

    static String of(String text) {
        StringBuilder shown = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append('"').toString();
    }
}
