package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;
import com.tmip.users.NewUser;
import com.tmip.users.UserCheck;
import com.tmip.users.UserRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one user row against every row rule and reports every failure, in column order; a row that passes
 * becomes a {@link NewUser}. Whether the manager exists and whether usernames and emails are free is decided by
 * the job (those need the other rows and the database). Thread-safe: the rules hold no mutable state.
 */
public final class UserValidator {

    public static final int MAX_NAME = 100;

    private final TextFieldRule firstName = new TextFieldRule(UserFields.FIRST_NAME, true, MAX_NAME);
    private final TextFieldRule lastName = new TextFieldRule(UserFields.LAST_NAME, true, MAX_NAME);
    private final EmailRule email = new EmailRule(UserFields.EMAIL, true);
    private final PhoneRule phone;
    private final TextFieldRule jobTitle = new TextFieldRule(UserFields.JOB_TITLE, false, MAX_NAME);
    private final TextFieldRule department = new TextFieldRule(UserFields.DEPARTMENT, false, MAX_NAME);
    private final ManagerRule manager = new ManagerRule();
    private final StartDateRule startDate = new StartDateRule();
    private final PasswordRule password;
    private final UsernameRule username = new UsernameRule(UserFields.USERNAME, true);
    private final AccountEmailRule accountEmail = new AccountEmailRule();
    private final RoleRule role;
    private final UserAccountRule account;

    public UserValidator(AccountDirectory accounts, List<String> roles, String defaultRegion,
                         CommonPasswords commonPasswords) {
        this(accounts, roles, defaultRegion, commonPasswords, null);
    }

    /**
     * @param onlyAccountId the one account rows may name (ACCOUNT_NOT_YOURS otherwise; a blank account is this
     *                      one), whose rows may not have the role Employee (ROLE_NOT_ALLOWED); or null for any
     *                      account and any configured role
     */
    public UserValidator(AccountDirectory accounts, List<String> roles, String defaultRegion,
                         CommonPasswords commonPasswords, String onlyAccountId) {
        this.phone = new PhoneRule(defaultRegion);
        this.password = new PasswordRule(commonPasswords);
        this.role = onlyAccountId == null ? new RoleRule(roles) : new RoleRule(roles, RoleRule.ONE_ACCOUNT_ROLES);
        this.account = new UserAccountRule(accounts, onlyAccountId);
    }

    /** Every violation of {@code row}, or its new user when there is none. */
    public UserCheck check(UserRow row) {
        List<Violation> violations = new ArrayList<>(0);
        Checked<String> first = collect(firstName.check(row.firstName()), violations);
        Checked<String> last = collect(lastName.check(row.lastName()), violations);
        Checked<String> mail = collect(email.check(row.email()), violations);
        Checked<String> e164 = collect(phone.check(row.phone()), violations);
        Checked<String> title = collect(jobTitle.check(row.jobTitle()), violations);
        Checked<String> dept = collect(department.check(row.department()), violations);
        Checked<String> name = username.check(row.username());
        Checked<String> boss = collect(manager.check(row.manager(), name.value()), violations);
        Checked<LocalDate> start = collect(startDate.check(row.startDate()), violations);
        violations.addAll(password.check(row.password(), row.confirmPassword(), new PasswordRule.Personal(
                name.value() != null ? name.value() : Cells.trim(row.username()),
                Cells.trim(row.firstName()), Cells.trim(row.lastName()), Cells.trim(row.email()))));
        violations.addAll(name.violations());
        Checked<String> ownEmail = collect(accountEmail.check(row.accountEmail()), violations);
        Checked<String> userRole = collect(role.check(row.userRole()), violations);
        Checked<Account> matched = collect(account.check(row.account()), violations);

        if (!violations.isEmpty()) {
            return UserCheck.invalid(violations);
        }
        return UserCheck.valid(new NewUser(row.rowNumber(), name.value(), first.value(), last.value(), mail.value(),
                e164.value(), title.value(), dept.value(), boss.value(), start.value(), row.password(),
                userRole.value(), matched.value() == null ? null : matched.value().accountId(), ownEmail.value()));
    }

    private static <T> Checked<T> collect(Checked<T> checked, List<Violation> violations) {
        violations.addAll(checked.violations());
        return checked;
    }
}
