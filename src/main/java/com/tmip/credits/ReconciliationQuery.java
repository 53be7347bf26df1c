package com.tmip.credits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.math.RoundingMode;
import java.util.function.Consumer;

/**
 * Streams a run's reconciliation out of the database: its ledger lines joined to their credit, case, item, CoD and
 * the first credit of their serial, in ledger order; then the registered items no credit covers (an anti-join on
 * {@code credit_serial}), by serial. Rows are fetched in batches inside a read-only transaction (PostgreSQL uses a
 * cursor only then; HSQLDB spills large results to disk, see V5), so neither side is ever held in memory.
 */
@Repository
public class ReconciliationQuery {

    private static final int FETCH_SIZE = 1000;

    static final String LINES = """
            SELECT l.row_no, c.credit_id, c.case_id, c.account_text, c.account_id, c.serial, c.amount, c.currency,
                   c.issued_on, k.account_id, i.case_id, i.platform, i.disposition, i.order_date, a.verification,
                   s.credit_id
            FROM credit_line l
            JOIN credit c ON c.credit_id = l.credit_id
            LEFT JOIN tmip_case k ON k.case_id = c.case_id
            LEFT JOIN equipment_item i ON i.serial = c.serial
            LEFT JOIN cod_attachment a ON a.sha256 = i.cod_sha256
            LEFT JOIN credit_serial s ON s.serial = c.serial
            WHERE l.run_id = ?
            ORDER BY l.file_no, l.row_no""";

    static final String UNCREDITED = """
            SELECT i.serial, i.case_id, k.account_id, i.platform, i.disposition, i.order_date, a.verification
            FROM equipment_item i
            LEFT JOIN tmip_case k ON k.case_id = i.case_id
            LEFT JOIN cod_attachment a ON a.sha256 = i.cod_sha256
            WHERE NOT EXISTS (SELECT 1 FROM credit_serial s WHERE s.serial = i.serial)
            ORDER BY i.serial""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public ReconciliationQuery(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** Hands each line of the run's ledger, then each uncredited item, with its decision to {@code sink}. */
    public void stream(String runId, OutcomeRules rules, Consumer<ReconciliationLine> sink) {
        readOnly.executeWithoutResult(status -> {
            jdbc.query(LINES, rs -> {
                sink.accept(line(rs, rules));
            }, runId);
            jdbc.query(UNCREDITED, rs -> {
                sink.accept(item(rs, rules));
            });
        });
    }

    /** The run's ledger total per currency, summed by the database: what the outcomes must add up to. */
    public void ledgerTotals(String runId, ReconciliationTotals totals) {
        jdbc.query("""
                SELECT c.currency, COUNT(*), SUM(c.amount) FROM credit_line l JOIN credit c ON c.credit_id = l.credit_id
                WHERE l.run_id = ? GROUP BY c.currency""", rs -> {
            String currency = rs.getString(1).trim();
            totals.ledgerTotal(currency, rs.getLong(2), inCurrency(rs.getBigDecimal(3), currency));
        }, runId);
    }

    private static ReconciliationLine line(ResultSet rs, OutcomeRules rules) throws SQLException {
        String currency = rs.getString(8).trim();
        Credit credit = new Credit(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                inCurrency(rs.getBigDecimal(7), currency), currency, date(rs, 9));
        String disposition = rs.getString(13);
        boolean verified = verified(rs.getString(15));
        LineFacts facts = new LineFacts(credit, rs.getString(10), rs.getString(11), rs.getString(12), disposition,
                verified, rs.getString(16));
        Decision decision = rules.line(facts);
        LocalDate orderDate = date(rs, 14);
        return new ReconciliationLine(rs.getInt(1), credit.creditId(), decision.outcome(), credit.caseId(),
                credit.accountText(), credit.accountId(), credit.serial(), credit.amount(), credit.currency(),
                credit.issuedOn(), facts.caseAccountId(), facts.itemCaseId(), facts.platform(), disposition, orderDate,
                disposition == null ? null : "COD".equals(disposition) ? verified : null,
                "COD".equals(disposition) && orderDate != null ? rules.dueDate(orderDate) : null,
                decision.expected(), decision.detail());
    }

    private static ReconciliationLine item(ResultSet rs, OutcomeRules rules) throws SQLException {
        ItemFacts item = new ItemFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), verified(rs.getString(7)), date(rs, 6));
        Decision decision = rules.item(item);
        boolean cod = "COD".equals(item.disposition());
        return new ReconciliationLine(null, null, decision.outcome(), item.caseId(), null, item.accountId(),
                item.serial(), null, null, null, item.accountId(), item.caseId(), item.platform(), item.disposition(),
                item.orderDate(), cod ? item.codVerified() : null,
                cod && item.orderDate() != null ? rules.dueDate(item.orderDate()) : null, decision.expected(),
                decision.detail());
    }

    /** The amount with the currency's decimals (2 for EUR): exact, since longer amounts were refused on load. */
    static BigDecimal inCurrency(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? amount.stripTrailingZeros() : amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static boolean verified(String verification) {
        return "VERIFIED".equals(verification) || "VERIFIED_NO_TEXT".equals(verification);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
