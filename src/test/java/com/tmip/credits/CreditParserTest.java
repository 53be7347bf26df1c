package com.tmip.credits;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.row.Violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ledger line checks: keys, amounts, currencies, dates. */
class CreditParserTest {

    final CreditParser parser = new CreditParser(new AccountDirectory(List.of(new Account("ACC-1", "Northwind Telecom"))));

    CreditParser.Parsed parse(String amount, String currency, String date) {
        return parser.parse(new LedgerLine(2, " CR-1 ", "2026-1125-0001", "northwind telecom", " jn11-a ", amount,
                currency, date));
    }

    List<String> rules(CreditParser.Parsed parsed) {
        return parsed.violations().stream().map(Violation::code).toList();
    }

    @Test
    void aWellFormedLine() {
        Credit credit = parse("1234.50", "eur", "2026-10-01").credit();
        assertThat(credit).isEqualTo(new Credit("CR-1", "2026-1125-0001", "northwind telecom", "ACC-1", "JN11-A",
                new BigDecimal("1234.50"), "EUR", LocalDate.of(2026, 10, 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.50|1234.50", "'1,234.50'|1234.50", "1234|1234", "'1,234,567.5'|1234567.5",
            "' 12.00 '|12.00", "0.01|0.01"})
    void acceptedAmounts(String text, String value) {
        assertThat(parse(text, "EUR", "2026-10-01").credit().amount()).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234,50", "1.234,50", "€12", "12 EUR", "1,23", "12,34.5", "-5.00", "0", "0.00", "abc",
            "1e3", "1234567890123456"})
    void refusedAmounts(String text) {
        assertThat(rules(parse(text, "EUR", "2026-10-01"))).containsExactly("AMOUNT_INVALID");
    }

    @Test
    void moreDecimalsThanTheCurrencyHas() {
        assertThat(rules(parse("12.345", "EUR", "2026-10-01"))).containsExactly("AMOUNT_SCALE");
        assertThat(rules(parse("1000.5", "JPY", "2026-10-01"))).containsExactly("AMOUNT_SCALE");
        assertThat(parse("12.3400", "EUR", "2026-10-01").credit()).as("trailing zeros are fine").isNotNull();
        assertThat(parse("1000", "JPY", "2026-10-01").credit()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUX", "euro", "€", "US", "123"})
    void unknownCurrencies(String code) {
        assertThat(rules(parse("10.00", code, "2026-10-01"))).containsExactly("CURRENCY_UNKNOWN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "30/02/2026", "yesterday", "26-10-01"})
    void badDates(String date) {
        assertThat(rules(parse("10.00", "EUR", date))).containsExactly("DATE_INVALID");
    }

    @Test
    void otherDateForms() {
        assertThat(parse("10.00", "EUR", "01/10/2026").credit().issuedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(parse("10.00", "EUR", "1-Oct-2026").credit().issuedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void everyMissingValueIsReported() {
        CreditParser.Parsed parsed = parser.parse(new LedgerLine(3, "", " ", "", "", "", "", ""));
        assertThat(parsed.credit()).isNull();
        assertThat(parsed.violations()).extracting(Violation::column).containsExactly("credit_id", "case_id", "account",
                "serial_number", "amount", "currency", "issued_on");
        assertThat(rules(parsed)).containsOnly("REQUIRED");
    }

    @Test
    void aBadSerialAndAnOverlongKey() {
        CreditParser.Parsed parsed = parser.parse(new LedgerLine(3, "X".repeat(65), "2026-1125-0001", "ACC-1",
                "SER 1", "1.00", "EUR", "2026-10-01"));
        assertThat(rules(parsed)).containsExactly("TOO_LONG", "SERIAL_FORMAT");
    }

    @Test
    void anUnknownAccountIsWellFormedButNamesNoAccount() {
        Credit credit = parser.parse(new LedgerLine(2, "CR-1", "2026-1125-0001", "=1+2", "SER-1", "1.00", "EUR",
                "2026-10-01")).credit();
        assertThat(credit.accountId()).isNull();
        assertThat(credit.accountText()).isEqualTo("=1+2");
    }

    @Test
    void aRejectedLineIsTotalledUnderItsCurrencyAsWrittenAndItsAmountWhereItReadsAsANumber() {
        assertThat(CreditParser.currencyKey(" eur ")).isEqualTo("EUR");
        assertThat(CreditParser.currencyKey("EUX")).as("unknown, but three letters: kept apart").isEqualTo("EUX");
        assertThat(CreditParser.currencyKey("")).isEqualTo(CreditParser.NO_CURRENCY);
        assertThat(CreditParser.currencyKey("€")).isEqualTo(CreditParser.INVALID_CURRENCY);
        assertThat(CreditParser.currencyKey("Euro")).isEqualTo(CreditParser.INVALID_CURRENCY);
        assertThat(CreditStore.readableAmount("1,550.00")).isEqualByComparingTo("1550.00");
        assertThat(CreditStore.readableAmount("-5")).isEqualByComparingTo("-5");
        assertThat(CreditStore.readableAmount("12.345")).isEqualByComparingTo("12.345");
        assertThat(CreditStore.readableAmount("2500,00")).as("a decimal comma is never guessed").isNull();
        assertThat(CreditStore.readableAmount("12 EUR")).isNull();
        assertThat(CreditStore.readableAmount("")).isNull();
        assertThat(CreditStore.readableAmount("1" + "0".repeat(30))).as("beyond the column").isNull();
    }
}
