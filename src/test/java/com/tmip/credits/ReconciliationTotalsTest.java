package com.tmip.credits;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The totals identity: per currency, the ledger's total equals the sum over outcomes. */
class ReconciliationTotalsTest {

    static ReconciliationLine line(ReconciliationOutcome outcome, String account, String amount, String currency) {
        return new ReconciliationLine(2, "C", outcome, "K", account, account, "S", new BigDecimal(amount), currency,
                LocalDate.of(2026, 1, 1), null, null, null, null, null, null, null, null, "");
    }

    @Test
    void balancesPerCurrency() {
        ReconciliationTotals totals = new ReconciliationTotals();
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "0.10", "EUR"));
        totals.add(line(ReconciliationOutcome.MATCHED, "A", "0.20", "EUR"));
        totals.add(line(ReconciliationOutcome.AMOUNT_MISMATCH, "B", "100.00", "USD"));
        totals.add(new ReconciliationLine(null, null, ReconciliationOutcome.NOT_CREDITED, "K", null, "A", "S2", null,
                null, null, "A", "K", "MX5", "TRADE_IN", null, null, null, null, ""));
        totals.ledgerTotal("EUR", 2, new BigDecimal("0.30"));
        totals.ledgerTotal("USD", 1, new BigDecimal("100.00"));

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
        totals.ledgerTotal("EUR", 1, new BigDecimal("0.11"));
        assertThat(totals.balanced()).isFalse();

        ReconciliationTotals missing = new ReconciliationTotals();
        missing.add(line(ReconciliationOutcome.MATCHED, "A", "0.10", "EUR"));
        missing.ledgerTotal("EUR", 2, new BigDecimal("0.10"));
        assertThat(missing.balanced()).isFalse();
    }
}
