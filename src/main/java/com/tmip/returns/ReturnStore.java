package com.tmip.returns;

import com.tmip.cases.Disposition;
import com.tmip.cases.ItemState;
import com.tmip.db.KeyLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The returns side of the registered items: what {@code equipment_item} says about a serial, the returns each run
 * recorded ({@code item_return}, one row per accepted return row, also for a dry run) and the item's change to
 * {@link ItemState#RECEIVED}. Look-ups take a chunk's serials at once through {@link KeyLookup}.
 */
@Repository
public class ReturnStore {

    /** Accepted rows per file of a run, real or dry: the returns it recorded. */
    public static final String ACCEPTED_PER_FILE =
            "SELECT file_no, COUNT(*) FROM item_return WHERE run_id = ? GROUP BY file_no";

    private static final KeyLookup.Query ITEMS = KeyLookup.Query.of(
            "serial, case_id, disposition, item_state, received_on, return_reference, received_run_id",
            "equipment_item", "serial");
    private static final KeyLookup.Query RECORDED = KeyLookup.Query.of("serial, file_no, row_no", "item_return",
            "serial");

    /** A registered item as far as its return is concerned. */
    public record Item(String serial, String caseId, Disposition disposition, ItemState state, LocalDate receivedOn,
                       String returnReference, String receivedRunId) {
    }

    /** Where this run recorded a serial's return already. */
    public record Recorded(int fileNo, int rowNo) {
    }

    /** An accepted return row. */
    public record Return(String serial, int rowNo, LocalDate receivedOn, String reference) {
    }

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public ReturnStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /** The registered items among those serials, by serial. */
    public Map<String, Item> items(Collection<String> serials) {
        return items(serials, null);
    }

    /** The registered items among those serials held by {@code accountId} (any account when null), by serial. */
    public Map<String, Item> items(Collection<String> serials, String accountId) {
        Map<String, Item> items = new HashMap<>();
        KeyLookup.Query query = accountId == null ? ITEMS
                : ITEMS.and("case_id IN (SELECT case_id FROM tmip_case WHERE account_id = ?)", accountId);
        lookup.forEach(query, serials, rs -> {
            Date received = rs.getDate(5);
            items.put(rs.getString(1), new Item(rs.getString(1), rs.getString(2),
                    Disposition.valueOf(rs.getString(3)), ItemState.valueOf(rs.getString(4)),
                    received == null ? null : received.toLocalDate(), rs.getString(6), rs.getString(7)));
        });
        return items;
    }

    /** The serials among those whose return this run recorded already, with the file and row that did. */
    public Map<String, Recorded> recordedByRun(String runId, Collection<String> serials) {
        Map<String, Recorded> recorded = new HashMap<>();
        lookup.forEach(RECORDED.and("run_id = ?", runId), serials, rs -> {
            recorded.put(rs.getString(1), new Recorded(rs.getInt(2), rs.getInt(3)));
        });
        return recorded;
    }

    /**
     * Records the returns of one chunk, in its transaction; unless {@code dryRun}, each item becomes
     * {@link ItemState#RECEIVED}. An item that is no longer awaiting its return by now (another run received it at
     * the same time) fails the chunk, which rolls back: the same command run again reports it as received.
     */
    public void record(String runId, int fileNo, List<Return> returns, boolean dryRun) {
        if (returns.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        jdbc.batchUpdate("""
                        INSERT INTO item_return (run_id, serial, file_no, row_no, received_on, return_reference)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                returns.stream().map(r -> new Object[]{runId, r.serial(), fileNo, r.rowNo(),
                        Date.valueOf(r.receivedOn()), r.reference()}).toList());
        if (dryRun) {
            return;
        }
        int[] updated = jdbc.batchUpdate("""
                        UPDATE equipment_item SET item_state = ?, received_on = ?, return_reference = ?, received_run_id = ?
                        WHERE serial = ? AND disposition = ? AND item_state = ?""",
                returns.stream().map(r -> new Object[]{ItemState.RECEIVED.name(), Date.valueOf(r.receivedOn()),
                        r.reference(), runId, r.serial(), Disposition.TRADE_IN.name(),
                        ItemState.AWAITING_RETURN.name()}).toList());
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw new IllegalStateException("item " + returns.get(i).serial() + " was received by another run"
                        + " at the same time; run the command again to report it");
            }
        }
    }
}
