package com.tmip.users.rules;

import com.tmip.equipment.Violation;
import com.tmip.equipment.rules.Checked;

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
        if (Text.isBlank(cell)) {
            return required ? Checked.failed(Text.required(column, cell)) : Checked.ok(null);
        }
        String text = Text.trim(cell).replaceAll("[\\s\\u00A0\\u200B]+", " ");
        if (text.length() > maxLength) {
            return Checked.failed(new Violation(column, UserRuleCodes.TOO_LONG,
                    column + " is " + text.length() + " characters long; at most " + maxLength + " are allowed",
                    Text.raw(cell)));
        }
        return Checked.ok(text);
    }
}
