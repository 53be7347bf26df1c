package com.tmip.credits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The totals of each finished reconciliation ({@code reconciliation_total}), kept with the run so that
 * {@code runs show} prints its outcomes, amounts and what is owed after the report folder has moved or gone: the
 * lines per (account, currency, outcome) and the ledger's own total per currency (with outcome '').
 */
@Repository
public class ReconciliationHistory {

    private static final String LEDGER = "";

    private final JdbcTemplate jdbc;

    public ReconciliationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what is kept of the run's reconciliation (a resumed run computes it again). */
    public void save(String runId, ReconciliationTotals totals) {
        jdbc.update("DELETE FROM reconciliation_total WHERE run_id = ?", runId);
        List<Object[]> rows = new ArrayList<>();
        totals.byAccount().forEach((key, sum) -> rows.add(new Object[]{runId, key.account(), key.currency(),
                key.outcome().name(), sum.count(), sum.amount(), sum.notANumber()}));
        totals.ledgerSums().forEach((currency, sum) -> rows.add(new Object[]{runId, LEDGER, currency, LEDGER,
                sum.count(), sum.amount(), sum.notANumber()}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO reconciliation_total (run_id, account_id, currency, outcome, line_count, amount,
                                                      not_a_number)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** The run's reconciliation totals with the names of its accounts, or empty when none were kept. */
    public Optional<ReconciliationTotals> find(String runId) {
        ReconciliationTotals totals = new ReconciliationTotals();
        boolean[] any = new boolean[1];
        jdbc.query("""
                SELECT t.account_id, t.currency, t.outcome, t.line_count, t.amount, t.not_a_number, a.account_name
                FROM reconciliation_total t LEFT JOIN account a ON a.account_id = t.account_id
                WHERE t.run_id = ?""", rs -> {
            any[0] = true;
            String currency = rs.getString(2).trim();
            String outcome = rs.getString(3).trim();
            if (outcome.isEmpty()) {
                totals.ledgerTotal(currency, rs.getLong(4), rs.getLong(6),
                        ReconciliationQuery.shown(rs.getBigDecimal(5), currency));
            } else {
                totals.add(rs.getString(1), currency, ReconciliationOutcome.valueOf(outcome), rs.getLong(4),
                        ReconciliationQuery.shown(rs.getBigDecimal(5), currency), rs.getLong(6));
            }
            if (rs.getString(7) != null) {
                totals.accountNames(Map.of(rs.getString(1), rs.getString(7)));
            }
        }, runId);
        return any[0] ? Optional.of(totals) : Optional.empty();
    }
}
