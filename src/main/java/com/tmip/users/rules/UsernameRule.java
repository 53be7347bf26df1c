package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.regex.Pattern;

/**
 * username: required; 3 to 64 characters, ASCII letters, digits, dot, underscore or hyphen, starting with a letter
 * or digit ({@value #FORMAT}). Kept as written; compared without regard to case.
 */
public final class UsernameRule {

    public static final String FORMAT = "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    private final String column;
    private final boolean required;

    public UsernameRule(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    public static boolean isWellFormed(String text) {
        return PATTERN.matcher(text).matches();
    }

    /** The trimmed username (null when blank and optional); or REQUIRED / USERNAME_FORMAT. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return required ? Checked.failed(Cells.required(column, UserRuleCode.REQUIRED, cell)) : Checked.ok(null);
        }
        String username = Cells.trim(cell);
        if (!isWellFormed(username)) {
            return Checked.failed(new Violation(column, UserRuleCode.USERNAME_FORMAT,
                    column + " " + Cells.quote(username) + " is not a valid username: use 3 to 64 letters (A-Z),"
                            + " digits, dots, underscores or hyphens, starting with a letter or digit",
                    Cells.raw(cell)));
        }
        return Checked.ok(username);
    }
}
