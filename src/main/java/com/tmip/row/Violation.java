package com.tmip.row;

/**
 * One failed check of one row: the column it concerns, a stable rule code, and a message a partner can act on.
 *
 * @param value the offending value as the partner wrote it (may be "")
 */
public record Violation(String column, RuleCode rule, String message, String value) {

    /** The rule's code as reports write it. */
    public String code() {
        return rule.code();
    }
}
