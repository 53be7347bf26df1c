package com.tmip.equipment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered items ({@code equipment_item}, where the serial is the primary key: one serial is registered
 * once, ever; a COD item points at its verified CoD in {@code cod_attachment} by {@code cod_sha256}) and what a
 * dry run would register ({@code dry_run_item}).
 */
@Repository
public class ItemStore {

    /** Where a serial is already held: its case (null for a dry run's new case) and the run, file and row. */
    public record Holder(String caseId, String runId, int fileNo, int rowNo) {
    }

    private final JdbcTemplate jdbc;

    public ItemStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The holders of those serials that are registered (or, in a dry run, that this run would register). */
    public Map<String, Holder> holders(Collection<String> serials, String dryRunId) {
        Map<String, Holder> holders = new HashMap<>();
        if (serials.isEmpty()) {
            return holders;
        }
        String in = String.join(", ", Collections.nCopies(serials.size(), "?"));
        jdbc.query("SELECT serial, case_id, run_id, file_no, row_no FROM equipment_item WHERE serial IN (" + in + ")",
                rs -> {
                    holders.put(rs.getString(1), new Holder(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                }, serials.toArray());
        if (dryRunId != null) {
            List<Object> args = new ArrayList<>(serials.size() + 1);
            args.add(dryRunId);
            args.addAll(serials);
            jdbc.query("SELECT serial, case_id, run_id, file_no, row_no FROM dry_run_item WHERE run_id = ? AND serial IN ("
                            + in + ")",
                    rs -> {
                        holders.putIfAbsent(rs.getString(1),
                                new Holder(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                    }, args.toArray());
        }
        return holders;
    }

    public void register(String runId, int fileNo, List<Registration> items, Map<Registration, String> caseIds,
                         LocalDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.valueOf(now);
        jdbc.batchUpdate("""
                        INSERT INTO equipment_item (serial, case_id, platform, disposition, cod_file, order_date, contact,
                                                    run_id, file_no, row_no, registered_at, cod_sha256, cod_warning)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                items.stream().map(r -> new Object[]{r.serial(), caseIds.get(r), r.platform(), r.disposition().name(),
                        r.codFile(), date(r), r.contact(), runId, fileNo, r.rowNumber(), at, r.codSha256(),
                        r.codWarning()}).toList());
    }

    public void registerDry(String runId, int fileNo, List<Registration> items, Map<Registration, String> caseIds) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        INSERT INTO dry_run_item (run_id, serial, case_id, account_id, disposition, reference, platform,
                                                  cod_file, order_date, contact, file_no, row_no, cod_sha256,
                                                  cod_warning)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                items.stream().map(r -> new Object[]{runId, r.serial(), caseIds.get(r), r.accountId(),
                        r.disposition().name(), r.reference(), r.platform(), r.codFile(), date(r), r.contact(), fileNo,
                        r.rowNumber(), r.codSha256(), r.codWarning()}).toList());
    }

    private static Date date(Registration r) {
        return r.orderDate() == null ? null : Date.valueOf(r.orderDate());
    }
}
