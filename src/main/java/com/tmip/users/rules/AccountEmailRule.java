package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Violation;

import java.util.List;
import java.util.Locale;

/** account_email (the form's second "Email Address"): optional; when given, well-formed and equal to email. */
public final class AccountEmailRule {

    private final EmailRule format = new EmailRule(UserFields.ACCOUNT_EMAIL, false);

    /**
     * Nothing, or EMAIL_FORMAT / ACCOUNT_EMAIL_MISMATCH.
     *
     * @param email the row's checked email, or null when it failed its own checks (then no comparison is made)
     */
    public List<Violation> check(String cell, String email) {
        var checked = format.check(cell);
        if (!checked.isOk() || checked.value() == null || email == null) {
            return checked.violations();
        }
        if (!checked.value().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))) {
            return List.of(new Violation(UserFields.ACCOUNT_EMAIL, UserRuleCode.ACCOUNT_EMAIL_MISMATCH,
                    "account_email " + Cells.quote(checked.value()) + " differs from email " + Cells.quote(email)
                            + "; give the same address twice (case does not matter) or leave account_email blank",
                    Cells.raw(cell)));
        }
        return List.of();
    }
}
