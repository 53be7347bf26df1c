package com.tmip.credits;

import com.tmip.cases.ItemState;
import com.tmip.db.KeyLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a run's reconciliation out of the database: every line of its ledger, in ledger order — the accepted
 * ones joined to their credit, case, item (its state and due date) and the first credit of their serial, merged
 * with the rejected ones as written — then the registered items no credit covers (an anti-join on {@code credit_serial}), by
 * serial. Every join is on a primary key. Rows are fetched in batches inside a read-only transaction (PostgreSQL uses
 * a cursor only then; HSQLDB spills large results to disk, see V5), so neither side is ever held in memory.
 */
@Repository
public class ReconciliationQuery {

    private static final int FETCH_SIZE = 1000;
    static final int REJECTED_PAGE_SIZE = 1000;

    /** The accepted lines of one ledger file, in row order (the unique index credit_line_row). */
    static final String LINES = """
            SELECT l.file_no, l.row_no, c.credit_id, c.case_id, c.account_text, c.account_id, c.serial, c.amount,
                   c.currency, c.issued_on, k.account_id, i.case_id, i.platform, i.disposition, i.order_date,
                   i.item_state, i.due_date, s.credit_id
            FROM credit_line l
            JOIN credit c ON c.credit_id = l.credit_id
            LEFT JOIN tmip_case k ON k.case_id = c.case_id
            LEFT JOIN equipment_item i ON i.serial = c.serial
            LEFT JOIN credit_serial s ON s.serial = c.serial
            WHERE l.run_id = ? AND l.file_no = ?
            ORDER BY l.row_no""";

    /** The next page of a file's rejected lines after a row: a range of the primary key. */
    static final String REJECTED_PAGE = """
            SELECT row_no, credit_id, case_id, account_text, account_id, serial, amount, currency, amount_text,
                   currency_text, issued_on, reason
            FROM credit_rejected_line
            WHERE run_id = ? AND file_no = ? AND row_no > ?
            ORDER BY row_no
            FETCH FIRST""" + " " + REJECTED_PAGE_SIZE + " ROWS ONLY";

    static final String UNCREDITED = """
            SELECT i.serial, i.case_id, k.account_id, i.platform, i.disposition, i.order_date, i.item_state, i.due_date
            FROM equipment_item i
            LEFT JOIN tmip_case k ON k.case_id = i.case_id
            WHERE NOT EXISTS (SELECT 1 FROM credit_serial s WHERE s.serial = i.serial)
            ORDER BY i.serial""";

    private static final KeyLookup.Query ACCOUNT_NAMES = KeyLookup.Query.of("account_id, account_name", "account",
            "account_id");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final KeyLookup lookup;

    public ReconciliationQuery(DataSource dataSource, PlatformTransactionManager transactionManager, KeyLookup lookup) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.lookup = lookup;
    }

    /**
     * Hands each line of the run's ledger, then each uncredited item, with its decision to {@code sink}. Per ledger
     * file, the accepted lines (one streamed query, in index order) are merged by row with the rejected ones, read
     * a page at a time along their primary key while the stream is open: no sort of the whole ledger, and a page in
     * memory at most.
     */
    public void stream(String runId, OutcomeRules rules, Consumer<ReconciliationLine> sink) {
        readOnly.executeWithoutResult(status -> {
            for (Integer fileNo : jdbc.queryForList("SELECT file_no FROM import_file WHERE run_id = ? ORDER BY file_no",
                    Integer.class, runId)) {
                RejectedLines rejected = new RejectedLines(runId, fileNo, rules);
                jdbc.query(LINES, rs -> {
                    int row = rs.getInt(2);
                    rejected.before(row, sink);
                    sink.accept(line(rs, rules));
                }, runId, fileNo);
                rejected.before(Integer.MAX_VALUE, sink);
            }
            jdbc.query(UNCREDITED, rs -> {
                sink.accept(item(rs, rules));
            });
        });
    }

    /** A file's rejected lines, read a page at a time in row order. */
    private final class RejectedLines {
        private final String runId;
        private final int fileNo;
        private final OutcomeRules rules;
        private final Deque<ReconciliationLine> page = new ArrayDeque<>();
        private int lastRow;
        private boolean exhausted;

        RejectedLines(String runId, int fileNo, OutcomeRules rules) {
            this.runId = runId;
            this.fileNo = fileNo;
            this.rules = rules;
        }

        /** Hands on every rejected line before {@code row}. */
        void before(int row, Consumer<ReconciliationLine> sink) {
            while (true) {
                if (page.isEmpty()) {
                    if (exhausted || lastRow >= row) {
                        return;
                    }
                    jdbc.query(REJECTED_PAGE, rs -> {
                        page.add(rejected(rs, rules));
                    }, runId, fileNo, lastRow);
                    exhausted = page.size() < REJECTED_PAGE_SIZE;
                    if (!page.isEmpty()) {
                        lastRow = page.peekLast().ledgerRow();
                    }
                    if (page.isEmpty()) {
                        return;
                    }
                }
                if (page.peekFirst().ledgerRow() >= row) {
                    return;
                }
                sink.accept(page.removeFirst());
            }
        }
    }

    /**
     * The run's ledger per currency, counted and summed by the database over accepted and rejected lines alike:
     * what the outcomes must add up to.
     */
    public void ledgerTotals(String runId, ReconciliationTotals totals) {
        jdbc.query("""
                SELECT c.currency, COUNT(*), SUM(c.amount) FROM credit_line l JOIN credit c ON c.credit_id = l.credit_id
                WHERE l.run_id = ? GROUP BY c.currency""", rs -> {
            String currency = rs.getString(1).trim();
            totals.ledgerTotal(currency, rs.getLong(2), 0, inCurrency(rs.getBigDecimal(3), currency));
        }, runId);
        jdbc.query("""
                SELECT currency, COUNT(*), COUNT(amount), SUM(amount) FROM credit_rejected_line
                WHERE run_id = ? GROUP BY currency""", rs -> {
            String currency = rs.getString(1).trim();
            BigDecimal sum = rs.getBigDecimal(4);
            totals.ledgerTotal(currency, rs.getLong(2), rs.getLong(2) - rs.getLong(3),
                    sum == null ? BigDecimal.ZERO : shown(sum, currency));
        }, runId);
    }

    /** The names of those accounts that are known, by id. */
    public Map<String, String> accountNames(Collection<String> accountIds) {
        Map<String, String> names = new HashMap<>();
        lookup.forEach(ACCOUNT_NAMES, accountIds, rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    private static ReconciliationLine line(ResultSet rs, OutcomeRules rules) throws SQLException {
        String currency = rs.getString(9).trim();
        Credit credit = new Credit(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                inCurrency(rs.getBigDecimal(8), currency), currency, date(rs, 10));
        String disposition = rs.getString(14);
        ItemState state = state(rs.getString(16));
        LineFacts facts = new LineFacts(credit, rs.getString(11), rs.getString(12), rs.getString(13), disposition,
                state, rs.getString(18));
        Decision decision = rules.line(facts);
        return new ReconciliationLine(rs.getInt(2), credit.creditId(), decision.outcome(), credit.caseId(),
                credit.accountText(), credit.accountId(), credit.serial(), credit.amount(), credit.currency(),
                credit.issuedOn(), facts.caseAccountId(), facts.itemCaseId(), facts.platform(), disposition,
                date(rs, 15), state, date(rs, 17), decision.expected(), decision.detail(), null);
    }

    private static ReconciliationLine rejected(ResultSet rs, OutcomeRules rules) throws SQLException {
        String currency = rs.getString(8).trim();
        BigDecimal amount = rs.getBigDecimal(7);
        Decision decision = rules.rejected(rs.getString(12));
        return new ReconciliationLine(rs.getInt(1), rs.getString(2), decision.outcome(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), amount == null ? null : shown(amount, currency),
                currency, null, null, null, null, null, null, null, null, null, decision.detail(),
                new ReconciliationLine.Written(rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    private static ReconciliationLine item(ResultSet rs, OutcomeRules rules) throws SQLException {
        ItemFacts item = new ItemFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), state(rs.getString(7)), date(rs, 8));
        Decision decision = rules.item(item);
        return new ReconciliationLine(null, null, decision.outcome(), item.caseId(), null, item.accountId(),
                item.serial(), null, null, null, item.accountId(), item.caseId(), item.platform(), item.disposition(),
                date(rs, 6), item.state(), item.dueDate(), decision.expected(), decision.detail(), null);
    }

    /** The amount with the currency's decimals (2 for EUR): exact, since longer amounts were refused on load. */
    static BigDecimal inCurrency(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? amount.stripTrailingZeros() : amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * A rejected line's amount (or a total kept with the run) as it reads, with at least the currency's decimals
     * when the key is a known currency, else at least two: never rounded (a rejected amount may have more decimals
     * than its currency allows).
     */
    static BigDecimal shown(BigDecimal amount, String currencyKey) {
        BigDecimal value = amount.stripTrailingZeros();
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currencyKey).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            // not a currency code: two decimals, or as many as the amount has
        }
        return value.scale() < digits ? value.setScale(digits) : value;
    }

    private static ItemState state(String state) {
        return state == null ? null : ItemState.valueOf(state.trim());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
