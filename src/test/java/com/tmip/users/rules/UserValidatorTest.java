package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.row.Violation;
import com.tmip.users.NewUser;
import com.tmip.users.UserCheck;
import com.tmip.users.UserRow;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UserValidatorTest {

    static final UserValidator VALIDATOR = new UserValidator(
            new AccountDirectory(List.of(new Account("ACC-1001", "Northwind Telecom"))),
            List.of("Customer", "Partner", "Partner Admin", "Employee"), "US", CommonPasswords.shipped());

    static UserRow row(String password, String confirm, String username, String email, String phone) {
        return new UserRow(2, "Ada", "Lovelace", email, phone, "Engineer", "Ops", "ghopper", "2026-01-12",
                password, confirm, username, "", "Partner", "Northwind Telecom");
    }

    @Test
    void aGoodRowBecomesANewUser() {
        UserCheck check = VALIDATOR.check(row("Velvet-Harbor-Lantern-42", "Velvet-Harbor-Lantern-42", "ALovelace",
                "Ada@Example.com", "(415) 555-0132"));
        assertThat(check.violations()).isEmpty();
        NewUser user = check.user();
        assertThat(user.username()).isEqualTo("ALovelace");
        assertThat(user.usernameKey()).isEqualTo("alovelace");
        assertThat(user.emailKey()).isEqualTo("ada@example.com");
        assertThat(user.phoneE164()).isEqualTo("+14155550132");
        assertThat(user.startDate()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(user.accountId()).isEqualTo("ACC-1001");
        assertThat(user.managerKey()).isEqualTo("ghopper");
        assertThat(user.toString()).doesNotContain("Velvet");
    }

    @Test
    void everyFailingCheckIsReported() {
        UserCheck check = VALIDATOR.check(new UserRow(3, "", "", "bad", "12", "", "", "x y", "31/02/2026",
                "short", "other", "a b", "c@example.com", "Boss", "Acme"));
        assertThat(check.violations()).extracting(Violation::code).containsExactly("REQUIRED", "REQUIRED",
                "EMAIL_FORMAT", "PHONE_INVALID", "MANAGER_UNKNOWN", "START_DATE_INVALID", "PASSWORD_MISMATCH",
                "PASSWORD_TOO_SHORT", "USERNAME_FORMAT", "ROLE_UNKNOWN", "ACCOUNT_UNKNOWN");
    }

    @Test
    void theRowNeverShowsItsPassword() {
        UserRow row = row("Canary-Secret-123456", "Canary-Secret-123456", "ada", "ada@example.com", "");
        assertThat(row.toString()).doesNotContain("Canary");
    }

    @Test
    void anUploadForOneAccountTakesOnlyThatAccountAndNoEmployee() {
        UserValidator oneAccount = new UserValidator(new AccountDirectory(List.of(
                new Account("ACC-1001", "Northwind Telecom"), new Account("ACC-1002", "Contoso Networks Ltd"))),
                List.of("Customer", "Partner", "Partner Admin", "Employee"), "US", CommonPasswords.shipped(),
                "ACC-1002");
        assertThat(oneAccount.check(withRoleAndAccount("partner admin", "")).user().accountId())
                .as("no account: the upload's").isEqualTo("ACC-1002");
        assertThat(oneAccount.check(withRoleAndAccount("Customer", "contoso networks ltd")).user().accountId())
                .isEqualTo("ACC-1002");
        UserCheck other = oneAccount.check(withRoleAndAccount("Partner", "Northwind Telecom"));
        UserCheck unknown = oneAccount.check(withRoleAndAccount("Partner", "Nowhere Ltd"));
        assertThat(other.violations()).extracting(Violation::code).containsExactly("ACCOUNT_NOT_YOURS");
        assertThat(unknown.violations()).extracting(Violation::code).containsExactly("ACCOUNT_NOT_YOURS");
        assertThat(other.violations().get(0).message()).as("whether the account exists or not")
                .isEqualTo(unknown.violations().get(0).message()).doesNotContain("Northwind");
        assertThat(oneAccount.check(withRoleAndAccount("EMPLOYEE", "ACC-1002")).violations())
                .extracting(Violation::code).containsExactly("ROLE_NOT_ALLOWED");
        assertThat(VALIDATOR.check(withRoleAndAccount("Employee", "")).violations()).as("any account's upload")
                .isEmpty();
    }

    static UserRow withRoleAndAccount(String role, String account) {
        return new UserRow(2, "Ada", "Lovelace", "ada@example.com", "", "Engineer", "Ops", "", "2026-01-12",
                "Velvet-Harbor-Lantern-42", "Velvet-Harbor-Lantern-42", "ALovelace", "", role, account);
    }
}
