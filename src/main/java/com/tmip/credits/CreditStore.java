package com.tmip.credits;

import com.tmip.db.KeyLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored credits ({@code credit}), the first credit of each serial and the lines of each ledger run. */
@Repository
public class CreditStore {

    /** (file_no, accepted lines) of a run, for the summary. */
    public static final String ACCEPTED_PER_FILE = "SELECT file_no, COUNT(*) FROM credit_line WHERE run_id = ? GROUP BY file_no";

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

    /** A stored credit, and the row at which the current run listed it (null when it has not). */
    public record Stored(Credit credit, Integer rowInRun) {
    }

    /** A credit and the ledger row it was read from. */
    public record NumberedCredit(int rowNumber, Credit credit) {
    }
}
