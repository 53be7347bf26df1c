package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

/** A free-text column (names, job title, department): trimmed, inner white space collapsed, bounded length. */
public final class TextFieldRule {

    private final String column;
    private final boolean required;
    private final int maxLength;

    public TextFieldRule(String column, boolean required, int maxLength) {
        this.column = column;
        this.required = required;
        this.maxLength = maxLength;
    }

    /** The tidied text (null when blank and optional); or REQUIRED / TOO_LONG. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return required ? Checked.failed(Cells.required(column, UserRuleCode.REQUIRED, cell)) : Checked.ok(null);
        }
        String text = Cells.trim(cell).replaceAll("[\\s\\u00A0\\u200B]+", " ");
        if (text.length() > maxLength) {
            return Checked.failed(new Violation(column, UserRuleCode.TOO_LONG,
                    column + " is " + text.length() + " characters long; at most " + maxLength + " are allowed",
                    Cells.raw(cell)));
        }
        return Checked.ok(text);
    }
}
