package com.tmip.attach;

import com.tmip.cases.ItemState;
import com.tmip.db.KeyLookup;
import com.tmip.report.CsvReport;
import com.tmip.run.ImportRun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code attach-cods} reads and writes: the registered items a certificate lists, their documentation
 * ({@code equipment_item.item_state}, {@code documented_at}, {@code documented_run_id}, {@code cod_sha256}), and the
 * run's lines ({@code cod_attach_line}), from which {@code attached.csv} and the counts are written.
 */
@Repository
public class AttachStore {

    private static final KeyLookup.Query HELD = KeyLookup.Query.join(
            "i.serial, i.case_id, c.account_id, a.account_name, i.disposition, i.item_state, i.cod_sha256,"
                    + " i.documented_run_id, i.cod_file",
            "equipment_item i JOIN tmip_case c ON c.case_id = i.case_id"
                    + " LEFT JOIN account a ON a.account_id = c.account_id",
            "i.serial");
    private static final KeyLookup.Query LINES = KeyLookup.Query.of("serial, file_no, cod_sha256", "cod_attach_line",
            "serial");

    /** SQL with the run id as its parameter: the serials attached per certificate file. */
    static final String ATTACHED_PER_FILE =
            "SELECT file_no, COUNT(*) FROM cod_attach_line WHERE run_id = ? GROUP BY file_no";

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public AttachStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /** The registered items among {@code serials}, by serial. */
    public Map<String, HeldItem> held(Collection<String> serials) {
        Map<String, HeldItem> held = new HashMap<>();
        lookup.forEach(HELD, serials, rs -> {
            held.put(rs.getString(1), new HeldItem(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), ItemState.valueOf(rs.getString(6)), rs.getString(7),
                    rs.getString(8), rs.getString(9)));
        });
        return held;
    }

    /** Those of {@code serials} that another certificate file of the run attached: serial to its SHA-256. */
    public Map<String, String> attachedByOtherFiles(String runId, int fileNo, Collection<String> serials) {
        Map<String, String> attached = new HashMap<>();
        lookup.forEach(LINES.and("run_id = ?", runId).and("file_no <> ?", fileNo), serials, rs -> {
            attached.put(rs.getString(1), rs.getString(3));
        });
        return attached;
    }

    /** Forgets what a certificate file recorded in this run (before it is recorded again after a crash). */
    public void clear(String runId, int fileNo) {
        jdbc.update("DELETE FROM cod_attach_line WHERE run_id = ? AND file_no = ?", runId, fileNo);
        jdbc.update("DELETE FROM row_issue WHERE run_id = ? AND file_no = ?", runId, fileNo);
        jdbc.update("DELETE FROM row_outcome WHERE run_id = ? AND file_no = ?", runId, fileNo);
    }

    /** Keeps the certificate's hash and size with its file of the run. */
    public void recordFile(String runId, int fileNo, String sha256, long sizeBytes) {
        jdbc.update("UPDATE import_file SET sha256 = ?, size_bytes = ? WHERE run_id = ? AND file_no = ?",
                sha256, sizeBytes, runId, fileNo);
    }

    /**
     * Marks those items documented by the certificate, each only if it still awaits one: an item is documented
     * once, by one certificate. The caller holds the serials' locks.
     *
     * @throws IllegalStateException when an item no longer awaits its certificate (the chunk rolls back)
     */
    public void document(String runId, List<String> serials, String sha256, String fileName, LocalDateTime now) {
        if (serials.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.valueOf(now);
        int[] counts = jdbc.batchUpdate("""
                        UPDATE equipment_item SET item_state = ?, documented_at = ?, documented_run_id = ?,
                                                  cod_sha256 = ?, cod_file = ?
                        WHERE serial = ? AND item_state = ?""",
                serials.stream().map(serial -> new Object[]{ItemState.DOCUMENTED.name(), at, runId, sha256,
                        fileName.length() <= 255 ? fileName : fileName.substring(0, 255), serial,
                        ItemState.AWAITING_CERTIFICATE.name()}).toList());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new IllegalStateException("serial " + serials.get(i) + " no longer awaits its certificate");
            }
        }
    }

    /** Records the serials this certificate file attached (or would attach), with their cases. */
    public void addLines(String runId, int fileNo, String sha256, List<CertificateRules.Line> attached) {
        if (attached.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO cod_attach_line (run_id, serial, file_no, cod_sha256, case_id)"
                        + " VALUES (?, ?, ?, ?, ?)",
                attached.stream().map(l -> new Object[]{runId, l.serial(), fileNo, sha256, l.caseId()}).toList());
    }

    /** How many distinct cases the run's certificates were attached to. */
    public long casesOf(String runId) {
        Long cases = jdbc.queryForObject("SELECT COUNT(DISTINCT case_id) FROM cod_attach_line WHERE run_id = ?",
                Long.class, runId);
        return cases == null ? 0 : cases;
    }

    /** Writes {@code attached.csv}: file, serial, case and certificate of each serial the run attached. */
    public Path writeAttached(ImportRun run) {
        Path target = run.reportDir().resolve("attached.csv");
        try (CsvReport csv = new CsvReport(target, List.of("file", "serial_number", "case_id", "cod_sha256"))) {
            jdbc.query("""
                            SELECT f.file_name, l.serial, l.case_id, l.cod_sha256
                            FROM cod_attach_line l JOIN import_file f ON f.run_id = l.run_id AND f.file_no = l.file_no
                            WHERE l.run_id = ? ORDER BY l.file_no, l.serial""",
                    rs -> {
                        csv.row(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }, run.runId());
            csv.complete();
        }
        return target;
    }
}
