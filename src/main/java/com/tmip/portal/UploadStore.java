package com.tmip.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@code portal_upload}: who uploaded what, for which account, and which run it became. */
@Repository
@ConditionalOnWebApplication
public class UploadStore {

    private static final String COLUMNS = "upload_id, kind, account_id, username, file_name, dry_run, out_dir, run_id,"
            + " state, message, created_at, finished_at";
    private static final RowMapper<Upload> MAPPER = (rs, i) -> new Upload(rs.getString(1),
            UploadKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), time(rs.getTimestamp(11)),
            time(rs.getTimestamp(12)));

    private final JdbcTemplate jdbc;

    public UploadStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Upload upload) {
        jdbc.update("INSERT INTO portal_upload (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                upload.uploadId(), upload.kind().name(), upload.accountId(), upload.username(), upload.fileName(),
                upload.dryRun(), upload.outDir(), upload.runId(), upload.state(), upload.message(),
                Timestamp.valueOf(upload.createdAt()), null);
    }

    public void runCreated(String uploadId, String runId) {
        jdbc.update("UPDATE portal_upload SET run_id = ? WHERE upload_id = ? AND run_id IS NULL", runId, uploadId);
    }

    public void finish(String uploadId, String runId, String state, String message, LocalDateTime at) {
        jdbc.update("UPDATE portal_upload SET run_id = COALESCE(run_id, ?), state = ?, message = ?, finished_at = ?"
                + " WHERE upload_id = ?", runId, state, message, Timestamp.valueOf(at), uploadId);
    }

    public Optional<Upload> find(String uploadId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_upload WHERE upload_id = ?", MAPPER, uploadId).stream()
                .findFirst();
    }

    public Optional<Upload> byRun(String runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_upload WHERE run_id = ?", MAPPER, runId).stream()
                .findFirst();
    }

    /** The newest uploads of {@code accountId}, or of everyone when null. */
    public List<Upload> recent(String accountId, int limit) {
        if (accountId == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM portal_upload ORDER BY created_at DESC, upload_id DESC"
                    + " LIMIT " + limit, MAPPER);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_upload WHERE account_id = ?"
                + " ORDER BY created_at DESC, upload_id DESC LIMIT " + limit, MAPPER, accountId);
    }

    /** Uploads left running by a portal that stopped (a crash, a kill): their run is marked failed. */
    public int markInterrupted(LocalDateTime at) {
        return jdbc.update("UPDATE portal_upload SET state = ?, message = ?, finished_at = ? WHERE state = ?",
                Upload.FAILED, "the portal stopped while this run was going on; upload the file again (rows it had"
                        + " registered are reported as ALREADY_REGISTERED)", Timestamp.valueOf(at), Upload.RUNNING);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
