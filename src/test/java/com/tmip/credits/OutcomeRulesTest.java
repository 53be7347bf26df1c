package com.tmip.credits;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each outcome rule, and which one wins when several fire. */
class OutcomeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final CreditRates RATES = CreditRates.of(Map.of("MX480", new CreditRates.Rate(new BigDecimal("1500.00"), "EUR")),
            new BigDecimal("0.50"));
    final OutcomeRules rules = new OutcomeRules(RATES, Period.ofMonths(3), TODAY);

    static Credit credit(String id, String amount, String currency) {
        return new Credit(id, "2026-1125-0001", "Northwind", "ACC-1", "SER-1", new BigDecimal(amount), currency,
                TODAY);
    }

    static LineFacts matching(Credit credit) {
        return new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "TRADE_IN", false, credit.creditId());
    }

    ReconciliationOutcome line(LineFacts facts) {
        return rules.line(facts).outcome();
    }

    @Test
    void aLineBackedByItsCaseAccountAndSerialMatches() {
        assertThat(line(matching(credit("C1", "1500.00", "EUR")))).isEqualTo(ReconciliationOutcome.MATCHED);
    }

    @Test
    void anAmountWithinTheToleranceMatches() {
        assertThat(line(matching(credit("C1", "1500.50", "EUR")))).isEqualTo(ReconciliationOutcome.MATCHED);
        assertThat(line(matching(credit("C1", "1499.50", "EUR")))).isEqualTo(ReconciliationOutcome.MATCHED);
    }

    @Test
    void anAmountBeyondTheToleranceOrInAnotherCurrencyIsAMismatch() {
        assertThat(line(matching(credit("C1", "1500.51", "EUR")))).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(line(matching(credit("C1", "1500.00", "USD")))).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
    }

    @Test
    void amountsAreNotCheckedWithoutARateTableOrForAPlatformItLacks() {
        OutcomeRules noRates = new OutcomeRules(CreditRates.NONE, Period.ofMonths(3), TODAY);
        assertThat(noRates.line(matching(credit("C1", "1.00", "EUR"))).outcome()).isEqualTo(ReconciliationOutcome.MATCHED);
        Credit credit = credit("C1", "1.00", "EUR");
        Decision unlisted = rules.line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX5", "TRADE_IN", false, "C1"));
        assertThat(unlisted.outcome()).isEqualTo(ReconciliationOutcome.MATCHED);
        assertThat(unlisted.detail()).contains("no credit rate for MX5");
    }

    @Test
    void aSerialCreditedFirstByAnotherCreditIsADuplicateWhateverElseIsWrong() {
        Credit credit = credit("C2", "1.00", "USD");
        assertThat(line(new LineFacts(credit, null, null, null, null, false, "C1")))
                .isEqualTo(ReconciliationOutcome.DUPLICATE_CREDIT);
        assertThat(rules.line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "TRADE_IN", false, "C1"))
                .detail()).contains("C1");
    }

    @Test
    void aCaseThatDoesNotExist() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, null, "2026-1125-0001", "MX480", "TRADE_IN", false, "C1")))
                .isEqualTo(ReconciliationOutcome.CREDIT_WITHOUT_CASE);
    }

    @Test
    void aCaseOfAnotherAccountOrALineThatNamesNoKnownAccount() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, "ACC-2", "2026-1125-0001", "MX480", "TRADE_IN", false, "C1")))
                .isEqualTo(ReconciliationOutcome.ACCOUNT_MISMATCH);
        Credit unknown = new Credit("C1", "2026-1125-0001", "Nobody", null, "SER-1", BigDecimal.TEN, "EUR", TODAY);
        assertThat(line(matching(unknown))).isEqualTo(ReconciliationOutcome.ACCOUNT_MISMATCH);
    }

    @Test
    void aSerialThatIsNotRegisteredOrRegisteredInAnotherCase() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, "ACC-1", null, null, null, false, "C1")))
                .isEqualTo(ReconciliationOutcome.SERIAL_NOT_IN_CASE);
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0002", "MX480", "TRADE_IN", false, "C1")))
                .isEqualTo(ReconciliationOutcome.SERIAL_NOT_IN_CASE);
    }

    @Test
    void aCodItemNeedsAVerifiedCod() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "COD", false, "C1")))
                .isEqualTo(ReconciliationOutcome.COD_NOT_VERIFIED);
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "COD", true, "C1")))
                .isEqualTo(ReconciliationOutcome.MATCHED);
    }

    @Test
    void anUncreditedCodItemIsOverdueOnlyAfterItsDeadlineAndOnlyWithoutAVerifiedCod() {
        assertThat(item("COD", false, TODAY.minusMonths(3))).as("due today: not yet overdue")
                .isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("COD", false, TODAY.minusMonths(3).minusDays(1)))
                .isEqualTo(ReconciliationOutcome.DOCUMENTATION_OVERDUE);
        assertThat(item("COD", true, TODAY.minusYears(1))).isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("TRADE_IN", false, TODAY.minusYears(1))).isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("COD", false, null)).as("no order date, no deadline").isEqualTo(ReconciliationOutcome.NOT_CREDITED);
    }

    @Test
    void theDeadlineIsConfigured() {
        OutcomeRules oneMonth = new OutcomeRules(RATES, Period.ofMonths(1), TODAY);
        assertThat(oneMonth.item(new ItemFacts("S", "C", "A", "MX480", "COD", false, TODAY.minusMonths(2))).outcome())
                .isEqualTo(ReconciliationOutcome.DOCUMENTATION_OVERDUE);
        assertThat(oneMonth.dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    ReconciliationOutcome item(String disposition, boolean verified, LocalDate orderDate) {
        return rules.item(new ItemFacts("S", "C", "A", "MX480", disposition, verified, orderDate)).outcome();
    }
}
