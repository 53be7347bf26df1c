package com.tmip.credits;

import com.tmip.cases.ItemState;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each outcome rule, and which one wins when several fire. */
class OutcomeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final CreditRates RATES = CreditRates.of(Map.of("MX480", new CreditRates.Rate(new BigDecimal("1500.00"), "EUR")),
            new BigDecimal("0.50"));
    final OutcomeRules rules = new OutcomeRules(RATES, TODAY);

    static Credit credit(String id, String amount, String currency) {
        return new Credit(id, "2026-1125-0001", "Northwind", "ACC-1", "SER-1", new BigDecimal(amount), currency,
                TODAY);
    }

    static LineFacts matching(Credit credit) {
        return new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN,
                credit.creditId());
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
        OutcomeRules noRates = new OutcomeRules(CreditRates.NONE, TODAY);
        assertThat(noRates.line(matching(credit("C1", "1.00", "EUR"))).outcome()).isEqualTo(ReconciliationOutcome.MATCHED);
        Credit credit = credit("C1", "1.00", "EUR");
        Decision unlisted = rules.line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX5", "TRADE_IN", ItemState.AWAITING_RETURN, "C1"));
        assertThat(unlisted.outcome()).isEqualTo(ReconciliationOutcome.MATCHED);
        assertThat(unlisted.detail()).contains("no credit rate for MX5");
    }

    @Test
    void aSerialCreditedFirstByAnotherCreditIsADuplicateWhateverElseIsWrong() {
        Credit credit = credit("C2", "1.00", "USD");
        assertThat(line(new LineFacts(credit, null, null, null, null, null, "C1")))
                .isEqualTo(ReconciliationOutcome.DUPLICATE_CREDIT);
        assertThat(rules.line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN, "C1"))
                .detail()).contains("C1");
    }

    @Test
    void aCaseThatDoesNotExist() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, null, "2026-1125-0001", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN, "C1")))
                .isEqualTo(ReconciliationOutcome.CREDIT_WITHOUT_CASE);
    }

    @Test
    void aCaseOfAnotherAccountOrALineThatNamesNoKnownAccount() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, "ACC-2", "2026-1125-0001", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN, "C1")))
                .isEqualTo(ReconciliationOutcome.ACCOUNT_MISMATCH);
        Credit unknown = new Credit("C1", "2026-1125-0001", "Nobody", null, "SER-1", BigDecimal.TEN, "EUR", TODAY);
        assertThat(line(matching(unknown))).isEqualTo(ReconciliationOutcome.ACCOUNT_MISMATCH);
    }

    @Test
    void aSerialThatIsNotRegisteredOrRegisteredInAnotherCase() {
        Credit credit = credit("C1", "1500.00", "EUR");
        assertThat(line(new LineFacts(credit, "ACC-1", null, null, null, null, "C1")))
                .isEqualTo(ReconciliationOutcome.SERIAL_NOT_IN_CASE);
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0002", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN, "C1")))
                .isEqualTo(ReconciliationOutcome.SERIAL_NOT_IN_CASE);
    }

    @Test
    void aCreditOnAnItemStillAwaitingItsCertificateIsNotVerified() {
        Credit credit = credit("C1", "1500.00", "EUR");
        Decision awaiting = rules.line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "COD",
                ItemState.AWAITING_CERTIFICATE, "C1"));
        assertThat(awaiting.outcome()).isEqualTo(ReconciliationOutcome.COD_NOT_VERIFIED);
        assertThat(awaiting.detail()).contains("awaits its signed Certificate");
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "COD", ItemState.DOCUMENTED, "C1")))
                .isEqualTo(ReconciliationOutcome.MATCHED);
        assertThat(line(new LineFacts(credit, "ACC-1", "2026-1125-0001", "MX480", "TRADE_IN", ItemState.RECEIVED,
                "C1"))).isEqualTo(ReconciliationOutcome.MATCHED);
    }

    @Test
    void anUncreditedItemIsOverdueOnlyPastItsDueDateAndOnlyWhileItsStateIsOpen() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(item("COD", ItemState.AWAITING_CERTIFICATE, TODAY)).as("due today: not yet overdue")
                .isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("COD", ItemState.AWAITING_CERTIFICATE, yesterday))
                .isEqualTo(ReconciliationOutcome.DOCUMENTATION_OVERDUE);
        assertThat(item("TRADE_IN", ItemState.AWAITING_RETURN, yesterday)).as("a return not received in time")
                .isEqualTo(ReconciliationOutcome.DOCUMENTATION_OVERDUE);
        assertThat(item("COD", ItemState.DOCUMENTED, TODAY.minusYears(1))).isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("TRADE_IN", ItemState.RECEIVED, TODAY.minusYears(1))).isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        assertThat(item("COD", ItemState.AWAITING_CERTIFICATE, null)).as("no due date, nothing overdue")
                .isEqualTo(ReconciliationOutcome.NOT_CREDITED);
        Decision overdue = rules.item(new ItemFacts("S", "C", "A", "MX480", "COD", ItemState.AWAITING_CERTIFICATE,
                yesterday));
        assertThat(overdue.detail()).contains("Certificate of Destruction was due " + yesterday);
        assertThat(rules.item(new ItemFacts("S", "C", "A", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN, yesterday))
                .detail()).contains("its return was due " + yesterday);
    }

    @Test
    void anUncreditedItemCarriesTheCreditItIsOwed() {
        Decision listed = rules.item(new ItemFacts("S", "C", "A", "MX480", "TRADE_IN", ItemState.AWAITING_RETURN,
                TODAY));
        assertThat(listed.expected()).isEqualTo(new CreditRates.Rate(new BigDecimal("1500.00"), "EUR"));
        Decision unlisted = rules.item(new ItemFacts("S", "C", "A", "MX5", "TRADE_IN", ItemState.AWAITING_RETURN,
                TODAY));
        assertThat(unlisted.expected()).isNull();
        assertThat(unlisted.detail()).contains("no credit rate for MX5");
    }

    ReconciliationOutcome item(String disposition, ItemState state, LocalDate dueDate) {
        return rules.item(new ItemFacts("S", "C", "A", "MX480", disposition, state, dueDate)).outcome();
    }
}
