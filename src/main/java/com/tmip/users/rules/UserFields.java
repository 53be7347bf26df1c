package com.tmip.users.rules;

/** The canonical snake_case names of a user list's columns, as used in {@code Violation.column}. */
public final class UserFields {

    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String JOB_TITLE = "job_title";
    public static final String DEPARTMENT = "department";
    public static final String MANAGER = "manager";
    public static final String START_DATE = "start_date";
    public static final String PASSWORD = "password";
    public static final String CONFIRM_PASSWORD = "confirm_password";
    public static final String USERNAME = "username";
    public static final String ACCOUNT_EMAIL = "account_email";
    public static final String USER_ROLE = "user_role";
    public static final String ACCOUNT = "account";

    private UserFields() {
    }
}
