package com.tmip.users.rules;

import java.util.List;

/** The stable codes of the user row rules, as written in {@code failures.csv} and counted in the summary. */
public final class UserRuleCodes {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String EMAIL_FORMAT = "EMAIL_FORMAT";
    public static final String ACCOUNT_EMAIL_MISMATCH = "ACCOUNT_EMAIL_MISMATCH";
    public static final String PHONE_INVALID = "PHONE_INVALID";
    public static final String START_DATE_INVALID = "START_DATE_INVALID";
    public static final String USERNAME_FORMAT = "USERNAME_FORMAT";
    public static final String PASSWORD_MISMATCH = "PASSWORD_MISMATCH";
    public static final String PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT";
    public static final String PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG";
    public static final String PASSWORD_PERSONAL = "PASSWORD_PERSONAL";
    public static final String PASSWORD_COMMON = "PASSWORD_COMMON";
    public static final String ROLE_UNKNOWN = "ROLE_UNKNOWN";
    public static final String ACCOUNT_UNKNOWN = "ACCOUNT_UNKNOWN";
    public static final String ACCOUNT_AMBIGUOUS = "ACCOUNT_AMBIGUOUS";
    /** The manager is not a user in the database nor a row of this import that was accepted. */
    public static final String MANAGER_UNKNOWN = "MANAGER_UNKNOWN";
    /** The chain of managers leads back to the row's own user. */
    public static final String MANAGER_CYCLE = "MANAGER_CYCLE";
    /** Another user (in the database or earlier in this import) already has the email address. */
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";
    /** Duplicate: the username appears earlier in the same file. */
    public static final String DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE";
    /** Duplicate: the username appears in an earlier file of the same import. */
    public static final String DUPLICATE_IN_RUN = "DUPLICATE_IN_RUN";
    /** Duplicate: a user with this username exists already. */
    public static final String USER_EXISTS = "USER_EXISTS";

    /** Every code above, roughly in the order the checks run. */
    public static final List<String> ALL = List.of(REQUIRED, TOO_LONG, EMAIL_FORMAT, ACCOUNT_EMAIL_MISMATCH,
            PHONE_INVALID, START_DATE_INVALID, USERNAME_FORMAT, PASSWORD_MISMATCH, PASSWORD_TOO_SHORT,
            PASSWORD_TOO_LONG, PASSWORD_PERSONAL, PASSWORD_COMMON, ROLE_UNKNOWN, ACCOUNT_UNKNOWN, ACCOUNT_AMBIGUOUS,
            MANAGER_UNKNOWN, MANAGER_CYCLE, EMAIL_TAKEN, DUPLICATE_IN_FILE, DUPLICATE_IN_RUN, USER_EXISTS);

    private UserRuleCodes() {
    }
}
