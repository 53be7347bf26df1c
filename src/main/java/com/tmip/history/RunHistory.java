package com.tmip.history;

import com.tmip.report.Counts;
import com.tmip.report.Outcome;
import com.tmip.run.FileStatus;
import com.tmip.run.RunRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads past runs from {@code import_run} / {@code import_file}, the rows they did not accept ({@code row_outcome})
 * and the job repository ({@code BATCH_*}): rows read per file are the read counts of the file's step executions
 * (summed over restarts), rejected and duplicate rows come from {@code row_outcome}, accepted rows are the rest.
 * A run still marked running whose last job execution failed or stopped is reported as failed.
 */
@Repository
public class RunHistory {

    private static final String RUN_COLUMNS = "run_id, job_name, dry_run, out_dir, status, started_at, finished_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RunHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest {@code limit} runs, newest first. */
    public List<PastRun> recent(int limit) {
        List<RunRow> rows = jdbc.query("SELECT " + RUN_COLUMNS + " FROM import_run ORDER BY started_at DESC, run_id DESC"
                + " LIMIT " + limit, RunHistory::runRow);
        return rows.stream().map(this::load).toList();
    }

    public Optional<PastRun> find(String runId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM import_run WHERE run_id = ?", RunHistory::runRow, runId)
                .stream().findFirst().map(this::load);
    }

    private PastRun load(RunRow run) {
        Map<Integer, Long> read = new HashMap<>();
        jdbc.query("""
                        SELECT s.STEP_NAME, SUM(s.READ_COUNT) FROM BATCH_STEP_EXECUTION s
                        JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                        WHERE p.PARAMETER_NAME = 'run.id' AND p.PARAMETER_VALUE = ? AND s.STEP_NAME LIKE 'file-%'
                        GROUP BY s.STEP_NAME""",
                rs -> {
                    read.put(Integer.parseInt(rs.getString(1).substring("file-".length())), rs.getLong(2));
                }, run.runId());
        Map<Integer, Map<String, Long>> outcomes = new HashMap<>();
        jdbc.query("SELECT file_no, outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY file_no, outcome",
                rs -> {
                    outcomes.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, run.runId());
        List<PastFile> files = jdbc.query("""
                        SELECT file_no, file_name, format, sheet, status, rule, message, header
                        FROM import_file WHERE run_id = ? ORDER BY file_no""",
                (rs, i) -> {
                    int fileNo = rs.getInt(1);
                    Map<String, Long> o = outcomes.getOrDefault(fileNo, Map.of());
                    long rejected = o.getOrDefault(Outcome.REJECTED.name(), 0L);
                    long duplicates = o.getOrDefault(Outcome.DUPLICATE.name(), 0L);
                    long accepted = Math.max(0, read.getOrDefault(fileNo, 0L) - rejected - duplicates);
                    String problem = rs.getString(6) == null ? null : rs.getString(6) + ": " + rs.getString(7);
                    return new PastFile(fileNo, rs.getString(2), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                            rs.getString(5), problem, new Counts(accepted, rejected, duplicates),
                            RunRegistry.fromJson(rs.getString(8)));
                }, run.runId());
        LocalDateTime end = run.finishedAt() != null ? run.finishedAt() : LocalDateTime.now(clock);
        return new PastRun(run.runId(), run.job(), run.dryRun(), Path.of(run.outDir()), run.startedAt(),
                run.finishedAt(), Duration.between(run.startedAt(), end).abs(), state(run, files), files);
    }

    private RunState state(RunRow run, List<PastFile> files) {
        if ("COMPLETED".equals(run.status())) {
            boolean rejections = files.stream().anyMatch(f -> f.counts().rejected() + f.counts().duplicates() > 0
                    || f.status().equals(FileStatus.REJECTED.name()) || f.status().equals(FileStatus.TRUNCATED.name()));
            return rejections ? RunState.COMPLETED_WITH_REJECTIONS : RunState.COMPLETED;
        }
        List<String> last = jdbc.queryForList("""
                        SELECT e.STATUS FROM BATCH_JOB_EXECUTION e
                        JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                        WHERE p.PARAMETER_NAME = 'run.id' AND p.PARAMETER_VALUE = ?
                        ORDER BY e.JOB_EXECUTION_ID DESC""",
                String.class, run.runId());
        if (last.isEmpty()) {
            return RunState.RUNNING; // created, its job not started yet
        }
        return switch (last.get(0)) {
            case "STARTING", "STARTED", "STOPPING" -> RunState.RUNNING;
            default -> RunState.FAILED; // FAILED, STOPPED, ABANDONED, or COMPLETED with its reports missing
        };
    }

    private static RunRow runRow(ResultSet rs, int i) throws SQLException {
        return new RunRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                time(rs.getTimestamp(6)), time(rs.getTimestamp(7)));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private record RunRow(String runId, String job, boolean dryRun, String outDir, String status,
                          LocalDateTime startedAt, LocalDateTime finishedAt) {
    }
}
