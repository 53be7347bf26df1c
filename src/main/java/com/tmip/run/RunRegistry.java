package com.tmip.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.input.InputFileException;
import com.tmip.input.InputFormat;
import com.tmip.input.InputLimits;
import com.tmip.input.InspectedFile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates, finds and finishes import runs and their files in {@code import_run} / {@code import_file}. */
@Repository
public class RunRegistry {

    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InputLimits inputLimits;
    private final SecureRandom random = new SecureRandom();

    public RunRegistry(JdbcTemplate jdbc, Clock clock, InputLimits inputLimits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inputLimits = inputLimits;
    }

    /** The limits every file of a run is read within (tmip.input.*). */
    public InputLimits inputLimits() {
        return inputLimits;
    }

    /**
     * The newest unfinished run of this job over exactly these inputs, if any; it writes its reports to
     * {@code outDir} now, the folder of the command that resumes it.
     */
    public Optional<ImportRun> findUnfinished(String jobName, String inputKey, Path outDir) {
        return jdbc.query("""
                        SELECT run_id, job_name, dry_run, out_dir, cod_dir FROM import_run
                        WHERE job_name = ? AND input_key = ? AND status = 'RUNNING'
                        ORDER BY started_at DESC""",
                (rs, i) -> new ImportRun(rs.getString(1), rs.getString(2), rs.getBoolean(3), outDir,
                        rs.getString(5) == null ? null : Path.of(rs.getString(5)), true),
                jobName, inputKey).stream().findFirst()
                .map(run -> {
                    jdbc.update("UPDATE import_run SET out_dir = ? WHERE run_id = ?", outDir.toString(), run.runId());
                    return run;
                });
    }

    /**
     * Records a new run and its files. A file that could not be inspected is recorded as rejected with its reason.
     *
     * @param inspected one entry per input file, in command-line order: an inspected file or the problem found
     */
    @Transactional
    public ImportRun create(String jobName, String inputKey, boolean dryRun, Path outDir, Path codDir,
                            List<Inspection> inspected) {
        LocalDateTime now = LocalDateTime.now(clock);
        String runId = RUN_ID_TIME.format(now) + "-" + HexFormat.of().toHexDigits((short) random.nextInt());
        jdbc.update("""
                        INSERT INTO import_run (run_id, job_name, input_key, dry_run, out_dir, cod_dir, status, started_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)""",
                runId, jobName, inputKey, dryRun, outDir.toString(), codDir == null ? null : codDir.toString(),
                Timestamp.valueOf(now));
        int fileNo = 0;
        for (Inspection inspection : inspected) {
            fileNo++;
            InspectedFile file = inspection.file();
            InputFileException problem = inspection.problem();
            jdbc.update("""
                            INSERT INTO import_file (run_id, file_no, path, file_name, sha256, size_bytes, format, charset,
                                                     delimiter, status, rule, message, error_row)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    runId, fileNo, inspection.path().toString(), inspection.path().getFileName().toString(),
                    file == null ? null : file.sha256(), file == null ? null : file.size(),
                    file == null ? null : file.format().name(),
                    file == null || file.charset() == null ? null : file.charset().name(),
                    file == null || file.format() != InputFormat.CSV ? null : String.valueOf(file.delimiter()),
                    (problem == null ? FileStatus.PENDING : FileStatus.REJECTED).name(),
                    problem == null ? null : problem.rule(), problem == null ? null : problem.getMessage(),
                    problem == null ? null : problem.rowNumber());
        }
        return new ImportRun(runId, jobName, dryRun, outDir, codDir, false);
    }

    /** A run by its id, as a worker process sees it (its reports are written by the manager, not here). */
    public ImportRun run(String runId) {
        return jdbc.queryForObject("SELECT run_id, job_name, dry_run, out_dir, cod_dir FROM import_run WHERE run_id = ?",
                (rs, i) -> new ImportRun(rs.getString(1), rs.getString(2), rs.getBoolean(3), Path.of(rs.getString(4)),
                        rs.getString(5) == null ? null : Path.of(rs.getString(5)), true), runId);
    }

    /** File {@code fileNo} of the run; fails when the run has no such file (a step names only its run's files). */
    public ImportFile file(String runId, int fileNo) {
        return files(runId).stream().filter(f -> f.fileNo() == fileNo).findFirst()
                .orElseThrow(() -> new IllegalStateException("run " + runId + " has no file " + fileNo));
    }

    public List<ImportFile> files(String runId) {
        return jdbc.query("""
                        SELECT run_id, file_no, path, file_name, sha256, format, charset, delimiter, status, rule, message
                        FROM import_file WHERE run_id = ? ORDER BY file_no""",
                (rs, i) -> new ImportFile(rs.getString(1), rs.getInt(2), Path.of(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : InputFormat.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Charset.forName(rs.getString(7)),
                        rs.getString(8) == null ? ',' : rs.getString(8).charAt(0),
                        FileStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11)),
                runId);
    }

    /** Records the header found in a file and the columns we do not know (they are ignored). */
    public void recordHeader(String runId, int fileNo, String sheet, List<String> header, List<String> unknown) {
        jdbc.update("UPDATE import_file SET sheet = ?, header = ?, unknown_columns = ? WHERE run_id = ? AND file_no = ?",
                sheet, toJson(header), toJson(unknown), runId, fileNo);
    }

    public void finishFile(String runId, int fileNo, FileStatus status, FileProblem problem) {
        jdbc.update("""
                        UPDATE import_file SET status = ?, rule = ?, message = ?, error_row = ?
                        WHERE run_id = ? AND file_no = ?""",
                status.name(), problem == null ? null : problem.rule(), problem == null ? null : problem.message(),
                problem == null || problem.row() == 0 ? null : problem.row(), runId, fileNo);
    }

    /**
     * Marks a run finished and keeps each file's final counts (accepted, rejected, duplicates, by file number), as
     * its summary computed them, for the run history.
     */
    @Transactional
    public void finishRun(String runId, Map<Integer, Counts> countsByFile) {
        countsByFile.forEach((fileNo, counts) -> jdbc.update(
                "UPDATE import_file SET accepted = ?, rejected = ?, duplicates = ? WHERE run_id = ? AND file_no = ?",
                counts.accepted(), counts.rejected(), counts.duplicates(), runId, fileNo));
        jdbc.update("UPDATE import_run SET status = ?, finished_at = ? WHERE run_id = ?",
                RunStatus.COMPLETED.name(), Timestamp.valueOf(LocalDateTime.now(clock)), runId);
    }

    /**
     * Records that a finished run's report folder was moved to {@code outDir}/run-id (the inbox moves the reports of
     * a file rejected whole to {@code failed/}), so the run history finds them there.
     */
    public void reportsMoved(String runId, Path outDir) {
        jdbc.update("UPDATE import_run SET out_dir = ? WHERE run_id = ?", outDir.toString(), runId);
    }

    static String toJson(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON array of strings written by this class (or a row's cells); null gives an empty list. */
    public static List<String> fromJson(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An input file of a new run: inspected, or the reason it could not be. */
    public record Inspection(Path path, InspectedFile file, InputFileException problem) {
    }
}
