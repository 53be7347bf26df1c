package com.tmip.history;

import com.tmip.row.Outcome;
import com.tmip.run.Counts;
import com.tmip.run.FileStatus;
import com.tmip.run.RunLock;
import com.tmip.run.RunRegistry;
import com.tmip.run.RunStatus;
import com.tmip.run.TableItemReader;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads past runs from {@code import_run} / {@code import_file}, the rows they did not accept ({@code row_outcome})
 * and the job repository ({@code BATCH_*}): rows read per file are the reader's committed position in its step's
 * last execution, rejected and duplicate rows come from {@code row_outcome}, accepted rows are the rest. A
 * finished run shows the counts its summary computed, kept on each file's row.
 * A run still marked running is running only while a live process holds its {@link RunLock}; otherwise its
 * process failed or died and the run is reported as failed (the same command resumes it).
 */
@Repository
public class RunHistory {

    /** A step that reads a file, or a range of it: {@code file-N} or {@code <range step>:file-N.rows-NNN}. */
    private static final Pattern FILE_STEP = Pattern.compile("(?:.*:)?file-(\\d+)(?:\\.rows-\\d+)?");
    private static final String RUN_COLUMNS =
            "run_id, job_name, dry_run, out_dir, status, started_at, finished_at, input_key";

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final RunLock lock;
    private final Clock clock;

    public RunHistory(JdbcTemplate jdbc, JobRepository jobRepository, RunLock lock, Clock clock) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.lock = lock;
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
        Map<Integer, Long> read = rowsRead(run);
        Map<Integer, Map<String, Long>> outcomes = new HashMap<>();
        jdbc.query("SELECT file_no, outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY file_no, outcome",
                rs -> {
                    outcomes.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, run.runId());
        List<PastFile> files = jdbc.query("""
                        SELECT file_no, file_name, format, sheet, status, rule, message, header,
                               accepted, rejected, duplicates
                        FROM import_file WHERE run_id = ? ORDER BY file_no""",
                (rs, i) -> {
                    int fileNo = rs.getInt(1);
                    Map<String, Long> o = outcomes.getOrDefault(fileNo, Map.of());
                    long rejected = o.getOrDefault(Outcome.REJECTED.name(), 0L);
                    long duplicates = o.getOrDefault(Outcome.DUPLICATE.name(), 0L);
                    long accepted = Math.max(0, read.getOrDefault(fileNo, 0L) - rejected - duplicates);
                    if (rs.getObject(9) != null) {
                        // a finished run: the counts its summary computed from the data
                        accepted = rs.getLong(9);
                        rejected = rs.getLong(10);
                        duplicates = rs.getLong(11);
                    }
                    String problem = rs.getString(6) == null ? null : rs.getString(6) + ": " + rs.getString(7);
                    return new PastFile(fileNo, rs.getString(2), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                            rs.getString(5), problem, new Counts(accepted, rejected, duplicates),
                            RunRegistry.fromJson(rs.getString(8)));
                }, run.runId());
        LocalDateTime end = run.finishedAt() != null ? run.finishedAt() : LocalDateTime.now(clock);
        long repeated = jdbc.queryForObject("SELECT COUNT(*) FROM row_outcome WHERE run_id = ? AND repeats_run IS NOT NULL",
                Long.class, run.runId());
        return new PastRun(run.runId(), run.job(), run.dryRun(), Path.of(run.outDir()), run.startedAt(),
                run.finishedAt(), Duration.between(run.startedAt(), end).abs(), state(run, files, repeated), files);
    }

    /**
     * Rows read per file: the committed reader position ({@link TableItemReader#ROWS_READ_KEY}) in the context of
     * the last execution of each step that read part of the file: the file step itself, or each of its partitions
     * ({@code <range step>:file-N.rows-NNN}). Counted this way, a chunk rolled back by a failure is not counted twice.
     */
    private Map<Integer, Long> rowsRead(RunRow run) {
        Map<Integer, Long> read = new HashMap<>();
        JobInstance instance = jobRepository.getJobInstance(run.job(),
                new JobParametersBuilder().addString("run.id", run.runId()).toJobParameters());
        if (instance == null) {
            return read;
        }
        Map<String, StepExecution> last = new HashMap<>();
        for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
            for (StepExecution step : execution.getStepExecutions()) {
                last.merge(step.getStepName(), step, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        last.forEach((name, step) -> {
            Matcher file = FILE_STEP.matcher(name);
            if (file.matches() && step.getExecutionContext().containsKey(TableItemReader.ROWS_READ_KEY)) {
                read.merge(Integer.parseInt(file.group(1)),
                        step.getExecutionContext().getLong(TableItemReader.ROWS_READ_KEY), Long::sum);
            }
        });
        return read;
    }

    /**
     * @param repeated the run's duplicates that repeat exactly what an earlier run registered (a file delivered
     *                 again): nothing new, not a rejection
     */
    private RunState state(RunRow run, List<PastFile> files, long repeated) {
        if (RunStatus.COMPLETED.name().equals(run.status())) {
            long notAccepted = files.stream().mapToLong(f -> f.counts().rejected() + f.counts().duplicates()).sum();
            boolean rejections = notAccepted > repeated || files.stream().anyMatch(f ->
                    f.status().equals(FileStatus.REJECTED.name()) || f.status().equals(FileStatus.TRUNCATED.name()));
            return rejections ? RunState.COMPLETED_WITH_REJECTIONS : RunState.COMPLETED;
        }
        return lock.isHeld(run.inputKey()) ? RunState.RUNNING : RunState.FAILED;
    }

    private static RunRow runRow(ResultSet rs, int i) throws SQLException {
        return new RunRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                time(rs.getTimestamp(6)), time(rs.getTimestamp(7)), rs.getString(8));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private record RunRow(String runId, String job, boolean dryRun, String outDir, String status,
                          LocalDateTime startedAt, LocalDateTime finishedAt, String inputKey) {
    }
}
