package com.tmip.users;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.SourceRow;
import com.tmip.report.CsvReport;
import com.tmip.users.rules.UserFields;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a user list, with the Case Manager New User form's labels as aliases. The form has two "Email
 * Address" fields: {@code email} is listed before {@code account_email}, so the first such header is the
 * person's email and the second the account email.
 */
public final class UserColumns {

    public static final List<ColumnSpec> SPECS = List.of(
            ColumnSpec.required(UserFields.FIRST_NAME, "First Name", "Given Name", "Firstname"),
            ColumnSpec.required(UserFields.LAST_NAME, "Last Name", "Surname", "Family Name", "Lastname"),
            ColumnSpec.required(UserFields.EMAIL, "Email Address", "Email", "E-mail"),
            ColumnSpec.optional(UserFields.PHONE, "Phone Number", "Phone", "Telephone", "Mobile"),
            ColumnSpec.optional(UserFields.JOB_TITLE, "Job Title", "Title"),
            ColumnSpec.optional(UserFields.DEPARTMENT, "Department", "Dept"),
            ColumnSpec.optional(UserFields.MANAGER, "Manager", "Manager Username"),
            ColumnSpec.optional(UserFields.START_DATE, "Start Date"),
            ColumnSpec.required(UserFields.PASSWORD, "Password"),
            ColumnSpec.required(UserFields.CONFIRM_PASSWORD, "Confirm Password", "Password Confirmation"),
            ColumnSpec.required(UserFields.USERNAME, "Username", "User Name", "Login"),
            ColumnSpec.optional(UserFields.ACCOUNT_EMAIL, "Email Address", "Account Email"),
            ColumnSpec.required(UserFields.USER_ROLE, "User Role", "Role"),
            ColumnSpec.optional(UserFields.ACCOUNT, "Account", "Associated Account", "Account Name"));

    private UserColumns() {
    }

    public static HeaderMatcher matcher() {
        return new HeaderMatcher(SPECS);
    }

    /** The user row of a source row, and the source row with both password cells blanked. */
    public static ReadUser map(HeaderMatch header, SourceRow source) {
        UserRow row = new UserRow(source.rowNumber(),
                cell(header, source, UserFields.FIRST_NAME),
                cell(header, source, UserFields.LAST_NAME),
                cell(header, source, UserFields.EMAIL),
                cell(header, source, UserFields.PHONE),
                cell(header, source, UserFields.JOB_TITLE),
                cell(header, source, UserFields.DEPARTMENT),
                cell(header, source, UserFields.MANAGER),
                cell(header, source, UserFields.START_DATE),
                source.cell(header.index(UserFields.PASSWORD)),
                source.cell(header.index(UserFields.CONFIRM_PASSWORD)),
                cell(header, source, UserFields.USERNAME),
                cell(header, source, UserFields.ACCOUNT_EMAIL),
                cell(header, source, UserFields.USER_ROLE),
                cell(header, source, UserFields.ACCOUNT));
        return new ReadUser(row, redact(header, source));
    }

    /** The source row with the password and confirm_password cells blanked: what may be stored or reported. */
    public static SourceRow redact(HeaderMatch header, SourceRow source) {
        List<String> cells = new ArrayList<>(source.cells());
        for (String secret : List.of(UserFields.PASSWORD, UserFields.CONFIRM_PASSWORD)) {
            int index = header.index(secret);
            if (index >= 0 && index < cells.size()) {
                cells.set(index, "");
            }
        }
        return new SourceRow(source.rowNumber(), cells, source.problems());
    }

    private static String cell(HeaderMatch header, SourceRow source, String column) {
        return CsvReport.restore(source.cell(header.index(column)));
    }
}
