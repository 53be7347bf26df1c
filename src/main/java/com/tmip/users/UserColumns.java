package com.tmip.users;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.input.SourceRow;
import com.tmip.report.CsvReport;
import com.tmip.row.Violation;
import com.tmip.run.HeaderCheck;
import com.tmip.users.rules.EmailRule;
import com.tmip.users.rules.UserFields;
import com.tmip.users.rules.UserRuleCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The columns whose cells are never stored, reported or quoted. */
    static final Set<String> SECRETS = Set.of(UserFields.PASSWORD, UserFields.CONFIRM_PASSWORD);
    /** Parts of a header label that make an unknown column look like a secret's. */
    private static final List<String> SECRET_WORDS = List.of("pass", "pwd", "secret", "pin");

    /**
     * The user row of a source row, and what of it may be stored or reported; or, when its cells may have shifted,
     * only the reason (see {@link ReadUser}).
     *
     * @param delimited true for a CSV, whose rows have as many cells as the header unless a field was added or
     *                  lost; false for a sheet, whose rows end at their last value
     */
    public static ReadUser map(HeaderMatch header, SourceRow source, boolean delimited) {
        Violation shape = shape(header, source, delimited);
        if (shape != null) {
            return new ReadUser(null, new SourceRow(source.rowNumber(), List.of(), source.problems()), shape);
        }
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
        return new ReadUser(row, redact(header, source), null);
    }

    /**
     * The source row with only the cells of known columns that are not secrets: the password and confirm_password
     * cells, cells under an unknown or blank header and cells right of the header are all blanked. What may be
     * stored or reported.
     */
    public static SourceRow redact(HeaderMatch header, SourceRow source) {
        List<String> cells = new ArrayList<>(Collections.nCopies(source.cells().size(), ""));
        header.indexByColumn().forEach((column, index) -> {
            if (!SECRETS.contains(column) && index < cells.size()) {
                cells.set(index, source.cells().get(index));
            }
        });
        return new SourceRow(source.rowNumber(), cells, source.problems());
    }

    /**
     * Why the row's cells may have shifted, never quoting a cell; null when they line up with the header. A CSV row
     * must have as many cells as the header; a sheet's row no value right of it; and no known column that is not
     * a secret may hold the password or its confirmation.
     */
    static Violation shape(HeaderMatch header, SourceRow source, boolean delimited) {
        int cells = source.cells().size();
        if (delimited && cells != header.width()) {
            return new Violation("", UserRuleCode.ROW_SHAPE_MISMATCH, "the row has " + cells + " cells, the header "
                    + header.width() + ": a field was added or lost, so the row's cells may have shifted; none of "
                    + "them is checked or kept. Please fix the row and import it again.", "");
        }
        int last = lastValue(source);
        if (!delimited && last >= header.width()) {
            return new Violation("", UserRuleCode.ROW_SHAPE_MISMATCH, "the row has a value in column " + (last + 1)
                    + ", right of the header's " + header.width() + " columns: the row's cells may have shifted; "
                    + "none of them is checked or kept. Please fix the row and import it again.", "");
        }
        Set<String> secrets = new HashSet<>();
        for (String column : SECRETS) {
            String secret = source.cell(header.index(column)).strip();
            if (!secret.isEmpty()) {
                secrets.add(secret);
            }
        }
        List<String> holding = new ArrayList<>();
        for (ColumnSpec spec : SPECS) {
            int index = header.index(spec.name());
            if (!SECRETS.contains(spec.name()) && index >= 0 && secrets.contains(source.cell(index).strip())) {
                holding.add(spec.name());
            }
        }
        if (!holding.isEmpty()) {
            return new Violation(UserFields.PASSWORD, UserRuleCode.PASSWORD_OUTSIDE_COLUMNS, "the password is also in "
                    + "column " + String.join(", ", holding) + ": the row's cells may have shifted; none of them is "
                    + "checked or kept. Please fix the row and import it again.", "");
        }
        return null;
    }

    /**
     * Why the first row of a users file is not its header, or null: it holds an email address (every user row
     * does), or none of its cells names a column of a user list. Quotes none of its cells: they may hold a
     * password.
     */
    public static HeaderCheck.Problem notAHeader(List<String> header, HeaderMatch match) {
        String fix = " Add the header row (" + SPECS.stream().map(ColumnSpec::name).collect(Collectors.joining(", "))
                + ", or the New User form's labels) above the first user, or start from `template users`, and"
                + " import the file again.";
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && EmailRule.isWellFormed(header.get(i).strip())) {
                return new HeaderCheck.Problem(UserRuleCode.HEADER_ROW_MISSING.code(), "the first row is not a header:"
                        + " its column " + (i + 1) + " holds an email address, so it is taken for a user without a"
                        + " header row; none of its cells is kept." + fix);
            }
        }
        if (match.indexByColumn().isEmpty()) {
            return new HeaderCheck.Problem(UserRuleCode.HEADER_ROW_MISSING.code(), "the first row is not a header:"
                    + " none of its cells names a column of a user list; none of them is kept." + fix);
        }
        return null;
    }

    /**
     * How many headers the job does not know look like a secret's (contain "pass", "pwd", "secret" or "pin",
     * ignoring case): their cells are blanked like every unknown column's, and the job says so in its log.
     */
    public static long secretLookingHeaders(HeaderMatch header) {
        return header.unknownHeaders().stream()
                .map(label -> label.toLowerCase(Locale.ROOT))
                .filter(label -> SECRET_WORDS.stream().anyMatch(label::contains))
                .count();
    }

    private static int lastValue(SourceRow source) {
        for (int i = source.cells().size() - 1; i >= 0; i--) {
            if (!source.cells().get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(HeaderMatch header, SourceRow source, String column) {
        return CsvReport.restore(source.cell(header.index(column)));
    }
}
