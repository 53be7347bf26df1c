package com.tmip.users.rules;

import com.tmip.row.Checked;

/**
 * account_email (the form's second "Email Address", under Account Information next to the username): optional;
 * when given, well-formed. It is the user account's own address and may differ from the person's email (the
 * form asks for it apart, not as a confirmation); blank means the person's email.
 */
public final class AccountEmailRule {

    private final EmailRule format = new EmailRule(UserFields.ACCOUNT_EMAIL, false);

    /** The address as written, null when blank; or EMAIL_FORMAT. */
    public Checked<String> check(String cell) {
        return format.check(cell);
    }
}
