package com.tmip.equipment;

/**
 * One failed check of one row: the column it concerns, a stable rule code, and a message a partner can act on.
 *
 * @param value the offending value as the partner wrote it (may be "")
 */
public record Violation(String column, String rule, String message, String value) {
}
