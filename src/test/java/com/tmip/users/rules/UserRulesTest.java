package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.row.Violation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test group per user rule; no Spring. */
class UserRulesTest {

    @Test
    void textFieldsAreTidiedRequiredAndBounded() {
        TextFieldRule first = new TextFieldRule(UserFields.FIRST_NAME, true, 10);
        assertThat(first.check("  Ada \u00A0 Maria ").value()).isEqualTo("Ada Maria");
        assertThat(codes(first.check(" ").violations())).containsExactly("REQUIRED");
        assertThat(codes(first.check("Bartholomew-John").violations())).containsExactly("TOO_LONG");
        assertThat(new TextFieldRule(UserFields.JOB_TITLE, false, 10).check("").value()).isNull();
    }

    @Test
    void emailsMustBeWellFormed() {
        EmailRule email = new EmailRule(UserFields.EMAIL, true);
        assertThat(email.check(" ada.lovelace+tmip@north-wind.example ").value())
                .isEqualTo("ada.lovelace+tmip@north-wind.example");
        for (String bad : List.of("ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com",
                "ada..l@example.com", ".ada@example.com", "ada@-example.com", "ada@example.c", "a@b@example.com")) {
            assertThat(codes(email.check(bad).violations())).as(bad).containsExactly("EMAIL_FORMAT");
        }
        assertThat(codes(email.check("").violations())).containsExactly("REQUIRED");
        assertThat(EmailRule.isWellFormed("x".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void accountEmailIsTheAccountsOwnAddressAndMayDifferFromThePersons() {
        AccountEmailRule rule = new AccountEmailRule();
        assertThat(rule.check("").isOk()).isTrue();
        assertThat(rule.check("").value()).as("blank: the person's email").isNull();
        assertThat(rule.check("ADA@Example.com").value()).isEqualTo("ADA@Example.com");
        assertThat(rule.check("ops-mailbox@example.com").violations()).as("another address than the person's")
                .isEmpty();
        assertThat(rule.check("ops-mailbox@example.com").value()).isEqualTo("ops-mailbox@example.com");
        assertThat(codes(rule.check("bob").violations())).containsExactly("EMAIL_FORMAT");
    }

    @Test
    void phonesAreStoredInE164() {
        PhoneRule us = new PhoneRule("US");
        assertThat(us.check("(415) 555-0132").value()).isEqualTo("+14155550132");
        assertThat(us.check("+44 20 7946 0958").value()).isEqualTo("+442079460958");
        assertThat(us.check("").value()).isNull();
        assertThat(codes(us.check("12345").violations())).containsExactly("PHONE_INVALID");
        assertThat(codes(us.check("call me").violations())).containsExactly("PHONE_INVALID");
        assertThat(codes(us.check("+1 415 555 01320000").violations())).containsExactly("PHONE_INVALID");
        assertThat(new PhoneRule("gb").check("020 7946 0958").value()).isEqualTo("+442079460958");
        assertThatThrownBy(() -> new PhoneRule("XX")).hasMessageContaining("default-region");
    }

    @Test
    void startDatesAreRealDates() {
        StartDateRule rule = new StartDateRule();
        assertThat(rule.check("2026-01-12").value()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(rule.check("12/03/2030").value()).as("a future start is fine").isEqualTo(LocalDate.of(2030, 3, 12));
        assertThat(rule.check(" ").value()).isNull();
        assertThat(codes(rule.check("31/02/2026").violations())).containsExactly("START_DATE_INVALID");
        assertThat(codes(rule.check("soon").violations())).containsExactly("START_DATE_INVALID");
    }

    @Test
    void usernamesHaveADocumentedFormat() {
        UsernameRule rule = new UsernameRule(UserFields.USERNAME, true);
        for (String good : List.of("jdoe", "J.Doe", "ops-desk", "a_b", "x".repeat(64), "007")) {
            assertThat(rule.check(good).isOk()).as(good).isTrue();
        }
        for (String bad : List.of("jd", "j doe", ".jdoe", "-jdoe", "jdoé", "j@doe", "x".repeat(65))) {
            assertThat(codes(rule.check(bad).violations())).as(bad).containsExactly("USERNAME_FORMAT");
        }
        assertThat(codes(rule.check("").violations())).containsExactly("REQUIRED");
    }

    @Test
    void aManagerIsAUsernameOtherThanTheRowsOwn() {
        ManagerRule rule = new ManagerRule();
        assertThat(rule.check("GHopper", "alovelace").value()).isEqualTo("GHopper");
        assertThat(rule.check("", "alovelace").value()).isNull();
        assertThat(codes(rule.check("Grace Hopper", "alovelace").violations())).containsExactly("MANAGER_UNKNOWN");
        assertThat(codes(rule.check("ALovelace", "alovelace").violations())).containsExactly("MANAGER_CYCLE");
    }

    @Test
    void rolesComeFromTheConfiguredList() {
        RoleRule rule = new RoleRule(List.of("Customer", "Partner", "Partner Admin", "Employee"));
        assertThat(rule.check(" partner admin ").value()).isEqualTo("Partner Admin");
        assertThat(rule.check("PARTNER_ADMIN").value()).isEqualTo("Partner Admin");
        assertThat(codes(rule.check("Superuser").violations())).containsExactly("ROLE_UNKNOWN");
        assertThat(rule.check("Superuser").violations().get(0).message()).contains("Customer, Partner, Partner Admin");
        assertThat(codes(rule.check("").violations())).containsExactly("REQUIRED");
        assertThatThrownBy(() -> new RoleRule(List.of(" "))).hasMessageContaining("tmip.users.roles");
    }

    @Test
    void anAccountWhenGivenMustBeKnown() {
        UserAccountRule rule = new UserAccountRule(new AccountDirectory(List.of(
                new Account("ACC-1001", "Northwind Telecom"))));
        assertThat(rule.check("northwind telecom").value().accountId()).isEqualTo("ACC-1001");
        assertThat(rule.check("").value()).isNull();
        assertThat(codes(rule.check("Southwind").violations())).containsExactly("ACCOUNT_UNKNOWN");
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
