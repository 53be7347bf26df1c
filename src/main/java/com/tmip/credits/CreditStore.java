package com.tmip.credits;

import com.tmip.db.KeyLookup;
import com.tmip.report.CsvReport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored credits ({@code credit}), the first credit of each serial and the lines of each ledger run. */
@Repository
public class CreditStore {

    /** (file_no, accepted lines) of a run, for the summary. */
    public static final String ACCEPTED_PER_FILE = "SELECT file_no, COUNT(*) FROM credit_line WHERE run_id = ? GROUP BY file_no";

    /** credit_rejected_line: the length of a cell as written, the precision and scale of amount. */
    static final int MAX_WRITTEN = 200;
    static final int MAX_PRECISION = 38;
    static final int MAX_SCALE = 10;

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public CreditStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /**
     * The stored credits among {@code ids}, by id, each with the row at which this run already listed it (null if
     * it has not). One query driven by the primary key; every listed credit is a stored one.
     */
    public Map<String, Stored> find(String runId, Collection<String> ids) {
        Map<String, Stored> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        lookup.forEach(KeyLookup.Query.join("c.credit_id, c.case_id, c.account_text, c.account_id, c.serial, c.amount,"
                        + " c.currency, c.issued_on, l.row_no",
                        "credit c LEFT JOIN credit_line l ON l.run_id = ? AND l.credit_id = c.credit_id", "c.credit_id",
                        runId), ids,
                rs -> {
                    Credit credit = new Credit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBigDecimal(6), rs.getString(7).trim(), rs.getDate(8).toLocalDate());
                    int row = rs.getInt(9);
                    found.put(credit.creditId(), new Stored(credit, rs.wasNull() ? null : row));
                });
        return found;
    }

    /** The serials among {@code serials} that some stored credit already covers. */
    public List<String> creditedSerials(Collection<String> serials) {
        if (serials.isEmpty()) {
            return List.of();
        }
        List<String> credited = new ArrayList<>();
        lookup.forEach(KeyLookup.Query.of("serial", "credit_serial", "serial"), serials, rs -> {
            credited.add(rs.getString(1));
        });
        return credited;
    }

    /** Stores new credits, and for each serial not credited before, this credit as its first. */
    public void insert(String runId, int fileNo, List<NumberedCredit> credits, List<NumberedCredit> firstOfSerial,
                       LocalDateTime now) {
        if (!credits.isEmpty()) {
            Timestamp at = Timestamp.valueOf(now);
            jdbc.batchUpdate("""
                            INSERT INTO credit (credit_id, case_id, account_text, account_id, serial, amount, currency,
                                                issued_on, run_id, file_no, row_no, loaded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    credits.stream().map(n -> new Object[]{n.credit().creditId(), n.credit().caseId(),
                            n.credit().accountText(), n.credit().accountId(), n.credit().serial(), n.credit().amount(),
                            n.credit().currency(), Date.valueOf(n.credit().issuedOn()), runId, fileNo, n.rowNumber(),
                            at}).toList());
        }
        if (!firstOfSerial.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO credit_serial (serial, credit_id) VALUES (?, ?)",
                    firstOfSerial.stream().map(n -> new Object[]{n.credit().serial(), n.credit().creditId()}).toList());
        }
    }

    /** Lists accepted lines (new credits and credits loaded before with the same values) as lines of this run. */
    public void addLines(String runId, int fileNo, List<NumberedCredit> lines) {
        if (!lines.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO credit_line (run_id, credit_id, file_no, row_no) VALUES (?, ?, ?, ?)",
                    lines.stream().map(n -> new Object[]{runId, n.credit().creditId(), fileNo, n.rowNumber()}).toList());
        }
    }

    /**
     * Keeps the lines a chunk did not accept with their cells as written (made printable, cut to
     * {@value #MAX_WRITTEN} characters), the amount where the cell reads as a number and the currency key the
     * totals group them under.
     */
    public void insertRejected(String runId, int fileNo, List<RejectedLine> lines) {
        if (lines.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        jdbc.batchUpdate("""
                        INSERT INTO credit_rejected_line (run_id, file_no, row_no, credit_id, case_id, account_text,
                                                          account_id, serial, amount_text, amount, currency,
                                                          currency_text, issued_on, rule, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                lines.stream().map(r -> {
                    LedgerLine l = r.line();
                    return new Object[]{runId, fileNo, r.rowNumber(), written(l.creditId()), written(l.caseId()),
                            written(l.account()), r.accountId(), written(l.serialNumber()), written(l.amount()),
                            readableAmount(l.amount()), CreditParser.currencyKey(l.currency()),
                            written(l.currency()), written(l.issuedOn()), r.rule(), cut(r.reason(), 4000)};
                }).toList());
    }

    /**
     * The amount a rejected line's cell holds where it reads as a number (sign and scale unchecked; a leading minus
     * is read), else null: such an amount is shown apart, never guessed. Also null beyond what the column holds.
     */
    static BigDecimal readableAmount(String cell) {
        String text = cell == null ? "" : cell.strip();
        boolean negative = text.startsWith("-");
        Optional<BigDecimal> amount = CreditParser.parseAmount(negative ? text.substring(1) : text);
        if (amount.isEmpty()) {
            return null;
        }
        BigDecimal value = negative ? amount.get().negate() : amount.get();
        return value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_PRECISION - MAX_SCALE ? null : value;
    }

    private static String written(String cell) {
        return cut(cell == null ? "" : cell, MAX_WRITTEN);
    }

    private static String cut(String value, int max) {
        String text = value.length() <= max ? value : value.substring(0, max - 1) + "…";
        return CsvReport.printable(text);
    }

    /** A ledger line not accepted: its cells, the known account it names, its first rule and every failed check. */
    public record RejectedLine(int rowNumber, LedgerLine line, String accountId, String rule, String reason) {
    }

    /** A stored credit, and the row at which the current run listed it (null when it has not). */
    public record Stored(Credit credit, Integer rowInRun) {
    }

    /** A credit and the ledger row it was read from. */
    public record NumberedCredit(int rowNumber, Credit credit) {
    }
}
