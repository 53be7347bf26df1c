package com.tmip.input;

/**
 * A required column that no header matched.
 *
 * @param column     the column's canonical name
 * @param suggestion the unknown header that looks most like it (a likely typo), as written; or null
 */
public record MissingColumn(String column, String suggestion) {
}
