package com.tmip.users.rules;

import com.tmip.row.RuleCode;

/** The stable codes of the user row rules, as written in {@code failures.csv} and counted in the summary. */
public enum UserRuleCode implements RuleCode {
    /**
     * The file's first row is not a header but a user (it holds an email address, or names none of the columns):
     * the file is rejected whole and none of that row's cells, which may hold a password, is stored or reported.
     */
    HEADER_ROW_MISSING,
    /**
     * The row has more or fewer cells than the header (a CSV), or a value right of the header's last column (a
     * sheet): its cells may have shifted, so none of them is checked, stored or reported.
     */
    ROW_SHAPE_MISMATCH,
    /**
     * The password (or its confirmation) is also in another column of the row, a sign that its cells have
     * shifted: none of them is checked, stored or reported.
     */
    PASSWORD_OUTSIDE_COLUMNS,
    REQUIRED,
    TOO_LONG,
    EMAIL_FORMAT,
    PHONE_INVALID,
    START_DATE_INVALID,
    USERNAME_FORMAT,
    PASSWORD_MISMATCH,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_PERSONAL,
    PASSWORD_COMMON,
    ROLE_UNKNOWN,
    ACCOUNT_UNKNOWN,
    ACCOUNT_AMBIGUOUS,
    /**
     * An upload for one account (a Partner Admin's, in the portal): the row names an account that is not the
     * upload's; the same code and message whether that other account exists or not.
     */
    ACCOUNT_NOT_YOURS,
    /**
     * An upload for one account (a Partner Admin's, in the portal): the role is a known one, but such an upload may
     * give only the roles Customer, Partner and Partner Admin (not Employee).
     */
    ROLE_NOT_ALLOWED,
    /** The manager is not a user in the database nor a row of this import that was accepted. */
    MANAGER_UNKNOWN,
    /** The chain of managers leads back to the row's own user. */
    MANAGER_CYCLE,
    /** Another user (in the database or earlier in this import) already has the email address. */
    EMAIL_TAKEN,
    /** Duplicate: the username appears earlier in the same file. */
    DUPLICATE_IN_FILE,
    /** Duplicate: the username appears in an earlier file of the same import. */
    DUPLICATE_IN_RUN,
    /** Duplicate: a user with this username exists already. */
    USER_EXISTS;

    @Override
    public String code() {
        return name();
    }
}
