package com.tmip.credits;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The totals identity: per currency, the ledger's total equals the sum over outcomes. */
class ReconciliationTotalsTest {

    static ReconciliationLine line(ReconciliationOutcome outcome, String account, String amount, String currency) {
        return new ReconciliationLine(2, "C", outcome, "K", account, account, "S", new BigDecimal(amount), currency,
                LocalDate.of(2026, 1, 1), null, null, null, null, null, null, null, null, "", null);
    }

    @Test
    void balancesPerCurrency() {
        ReconciliationTotals totals = new ReconciliationTotals();
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "0.10", "EUR"));
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "0.20", "EUR"));
        totals.add(line(ReconciliationOutcome.AMOUNT_MISMATCH, "B", "100.00", "USD"));
        totals.add(new ReconciliationLine(null, null, ReconciliationOutcome.NOT_CREDITED, "K", null, "A", "S2", null,
                null, null, "A", "K", "MX5", "TRADE_IN", null, null, null, null, "", null));
        totals.ledgerTotal("EUR", 2, 0, new BigDecimal("0.30"));
        totals.ledgerTotal("USD", 1, 0, new BigDecimal("100.00"));

        assertThat(totals.balanced()).isTrue();
        assertThat(totals.outcomesTotal("EUR")).isEqualByComparingTo("0.30");
        assertThat(totals.sum("EUR", ReconciliationOutcome.MATCHED)).isEqualTo(new BigDecimal("0.30"));
        assertThat(totals.currencies()).containsExactly("EUR", "USD");
        assertThat(totals.count(ReconciliationOutcome.NOT_CREDITED)).isEqualTo(1);
        assertThat(totals.byAccount()).hasSize(3);
    }

    @Test
    void aMissingLineOrCentUnbalances() {
        ReconciliationTotals totals = new ReconciliationTotals();
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "0.10", "EUR"));
        totals.ledgerTotal("EUR", 1, 0, new BigDecimal("0.11"));
        assertThat(totals.balanced()).isFalse();

        ReconciliationTotals missing = new ReconciliationTotals();
        missing.add(line(ReconciliationOutcome.MATCHED, "A", "0.10", "EUR"));
        missing.ledgerTotal("EUR", 2, 0, new BigDecimal("0.10"));
        assertThat(missing.balanced()).isFalse();
    }

    static ReconciliationLine rejected(String account, String amount, String currency, String written) {
        return new ReconciliationLine(3, "C", ReconciliationOutcome.LINE_REJECTED, "K", account, account, "S",
                amount == null ? null : new BigDecimal(amount), currency, null, null, null, null, null, null, null, null,
                null, "AMOUNT_INVALID: amount is not a number", new ReconciliationLine.Written(written, currency, ""));
    }

    static ReconciliationLine uncredited(ReconciliationOutcome outcome, String account, String expected) {
        return new ReconciliationLine(null, null, outcome, "K", null, account, "S", null, null, null, account, "K",
                "MX480", "TRADE_IN", null, null, null,
                expected == null ? null : new CreditRates.Rate(new BigDecimal(expected), "EUR"), "", null);
    }

    @Test
    void rejectedLinesCountInTheirCurrencyAndAnAmountThatIsNotANumberIsCountedApart() {
        ReconciliationTotals totals = new ReconciliationTotals();
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "100.00", "EUR"));
        totals.add(rejected("A", "50.00", "EUR", "50.00"));
        totals.add(rejected("A", null, "EUR", "2500,00"));
        totals.add(rejected(null, "7.00", "EUX", "7.00"));
        totals.ledgerTotal("EUR", 1, 0, new BigDecimal("100.00"));
        totals.ledgerTotal("EUR", 2, 1, new BigDecimal("50.00"));
        totals.ledgerTotal("EUX", 1, 0, new BigDecimal("7.00"));

        assertThat(totals.currencies()).containsExactly("EUR", "EUX");
        assertThat(totals.ledgerLines()).isEqualTo(4);
        assertThat(totals.lines("EUR")).isEqualTo(3);
        assertThat(totals.outcomesTotal("EUR")).isEqualByComparingTo("150.00");
        assertThat(totals.notANumber("EUR", ReconciliationOutcome.LINE_REJECTED)).isEqualTo(1);
        assertThat(totals.balanced("EUR")).isTrue();
        assertThat(totals.balanced()).isTrue();
        assertThat(totals.byAccount()).containsKey(new ReconciliationTotals.AccountKey(
                ReconciliationTotals.UNKNOWN_ACCOUNT, "EUX", ReconciliationOutcome.LINE_REJECTED));

        ReconciliationTotals uncounted = new ReconciliationTotals();
        uncounted.add(line(ReconciliationOutcome.MATCHED, "A", "100.00", "EUR"));
        uncounted.add(rejected("A", null, "EUR", "2500,00"));
        uncounted.ledgerTotal("EUR", 2, 0, new BigDecimal("100.00"));
        assertThat(uncounted.balanced()).as("the database saw a number the outcomes did not").isFalse();

        ReconciliationTotals leftOut = new ReconciliationTotals();
        leftOut.add(line(ReconciliationOutcome.MATCHED, "A", "100.00", "EUR"));
        leftOut.ledgerTotal("EUR", 1, 0, new BigDecimal("100.00"));
        leftOut.ledgerTotal("EUX", 1, 0, new BigDecimal("7.00"));
        assertThat(leftOut.balanced()).as("a currency with no outcome").isFalse();
    }

    @Test
    void theExpectedCreditOfUncreditedItemsIsOwedPerAccountAndCurrency() {
        ReconciliationTotals totals = new ReconciliationTotals();
        totals.add(uncredited(ReconciliationOutcome.NOT_CREDITED, "A", "1500.00"));
        totals.add(uncredited(ReconciliationOutcome.DOCUMENTATION_OVERDUE, "A", "800.00"));
        totals.add(uncredited(ReconciliationOutcome.NOT_CREDITED, "B", "1500.00"));
        totals.add(uncredited(ReconciliationOutcome.NOT_CREDITED, "B", null));
        totals.accountNames(java.util.Map.of("A", "Alpha Networks"));

        assertThat(totals.currencies()).as("items are not ledger lines").isEmpty();
        assertThat(totals.owedCurrencies()).containsExactly("EUR", ReconciliationTotals.NO_RATE);
        assertThat(totals.owed("EUR")).isEqualByComparingTo("3800.00");
        assertThat(totals.owedItems("EUR")).isEqualTo(3);
        ReconciliationTotals.Owed alpha = totals.owedByAccount().get(new ReconciliationTotals.OwedKey("A", "EUR"));
        assertThat(alpha.items()).isEqualTo(2);
        assertThat(alpha.amount()).isEqualByComparingTo("2300.00");
        assertThat(alpha.overdueItems()).isEqualTo(1);
        assertThat(alpha.overdueAmount()).isEqualByComparingTo("800.00");
        assertThat(totals.owedByAccount().get(new ReconciliationTotals.OwedKey("B", ReconciliationTotals.NO_RATE))
                .items()).isEqualTo(1);
        assertThat(totals.accountName("A")).isEqualTo("Alpha Networks");
        assertThat(ReconciliationConsole.lines(totals)).contains("  A Alpha Networks: EUR 2,300.00 for 2 items, 1 overdue",
                "  B: EUR 1,500.00 for 1 item", "  B: amount unknown (no credit rate) for 1 item");
    }
}
