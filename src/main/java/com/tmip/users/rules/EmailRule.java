package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.regex.Pattern;

/**
 * email: required; one ASCII address {@code local@domain}: the local part 1–64 characters of letters, digits and
 * {@code .!#$%&'*+/=?^_`{|}~-} (no leading, trailing or double dot), the domain dot-separated labels of letters,
 * digits and inner hyphens ending in a top-level domain of at least two letters; at most 254 characters in all.
 */
public final class EmailRule {

    public static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private final String column;
    private final boolean required;

    public EmailRule(String column, boolean required) {
        this.column = column;
        this.required = required;
    }

    /** True when {@code text} (already trimmed) is a well-formed address as described above. */
    public static boolean isWellFormed(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || text.length() > MAX_LENGTH || at > 64) {
            return false;
        }
        return LOCAL.matcher(text.substring(0, at)).matches() && DOMAIN.matcher(text.substring(at + 1)).matches();
    }

    /** The trimmed address (null when blank and optional); or REQUIRED / EMAIL_FORMAT. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return required ? Checked.failed(Cells.required(column, UserRuleCode.REQUIRED, cell)) : Checked.ok(null);
        }
        String email = Cells.trim(cell);
        if (!isWellFormed(email)) {
            return Checked.failed(new Violation(column, UserRuleCode.EMAIL_FORMAT,
                    column + " " + Cells.quote(email) + " is not a valid email address (expected name@example.com)",
                    Cells.raw(cell)));
        }
        return Checked.ok(email);
    }
}
