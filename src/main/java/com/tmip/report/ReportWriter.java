package com.tmip.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tmip.input.HeaderMatcher;
import com.tmip.row.Outcome;
import com.tmip.run.CaseCounts;
import com.tmip.run.Counts;
import com.tmip.run.FileProblem;
import com.tmip.run.FileStatus;
import com.tmip.run.FileSummary;
import com.tmip.run.ImportRun;
import com.tmip.run.RunRegistry;
import com.tmip.run.RunSummary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Writes a run's {@code summary.json}, {@code failures.csv} and rejected-row files from the database. Counts come
 * from the tables, not from in-memory counters, so a run resumed after a crash reports the same as one that never
 * stopped.
 */
@Component
public class ReportWriter {

    public static final List<String> FAILURE_COLUMNS = List.of("file", "sheet", "row", "column", "rule", "message", "value");
    /** Columns whose values are secrets: never written to a report. */
    private static final Set<String> SECRET_COLUMNS = Set.of("password", "confirm_password");
    static final String REDACTED = "[redacted]";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JdbcTemplate jdbc;
    private final RunRegistry runs;

    public ReportWriter(JdbcTemplate jdbc, RunRegistry runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /**
     * Writes the reports and returns the summary.
     *
     * @param acceptedPerFile SQL with one parameter (the run id) returning (file_no, count) of the accepted rows
     * @param cases           the cases the run opened and added to
     * @param extraReports    reports the job wrote itself, by name, to list in the summary
     */
    public RunSummary write(ImportRun run, String acceptedPerFile, CaseCounts cases, Map<String, Path> extraReports) {
        return write(run, acceptedPerFile, cases, extraReports, null, Map.of(), RunSummary::exitCode);
    }

    /**
     * Writes the reports of a job whose summary carries more than row counts (the reconciliation's outcomes).
     *
     * @param extraSections more top-level entries of {@code summary.json}, by name
     * @param exitCode      the run's exit code, as {@code summary.json} shows it
     */
    public RunSummary write(ImportRun run, String acceptedPerFile, CaseCounts cases, Map<String, Path> extraReports,
                            Map<String, Object> extraSections, ToIntFunction<RunSummary> exitCode) {
        return write(run, acceptedPerFile, cases, extraReports, null, extraSections, exitCode);
    }

    /** As {@link #write(ImportRun, String, CaseCounts, Map)}, for a job that reads workbooks: see below. */
    public RunSummary write(ImportRun run, String acceptedPerFile, CaseCounts cases, Map<String, Path> extraReports,
                            HeaderMatcher columns) {
        return write(run, acceptedPerFile, cases, extraReports, columns, Map.of(), RunSummary::exitCode);
    }

    /**
     * Writes the reports and returns the summary; with {@code columns}, a workbook input also gets its rejected rows
     * back as a workbook ({@link RejectedRowsWorkbook}).
     *
     * @param columns       the header matcher the job read the files with, or null for no rejected-rows workbook
     * @param extraSections more top-level entries of {@code summary.json}, by name (the reconciliation's outcomes)
     * @param exitCode      the run's exit code, as {@code summary.json} shows it
     */
    public RunSummary write(ImportRun run, String acceptedPerFile, CaseCounts cases, Map<String, Path> extraReports,
                            HeaderMatcher columns, Map<String, Object> extraSections,
                            ToIntFunction<RunSummary> exitCode) {
        Map<Integer, Long> accepted = new HashMap<>();
        jdbc.query(acceptedPerFile, rs -> {
            accepted.put(rs.getInt(1), rs.getLong(2));
        }, run.runId());
        return write(run, accepted, cases, extraReports, columns, extraSections, exitCode);
    }

    /**
     * As above, with the accepted rows per file already counted (by a job whose own report reads them anyway).
     *
     * @param acceptedPerFile accepted rows by file number; a file without any is missing or 0
     */
    public RunSummary write(ImportRun run, Map<Integer, Long> acceptedPerFile, CaseCounts cases,
                            Map<String, Path> extraReports, HeaderMatcher columns, Map<String, Object> extraSections,
                            ToIntFunction<RunSummary> exitCode) {
        Path dir = run.reportDir();
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("summary", dir.resolve("summary.json").toString());
        reports.put("failures", dir.resolve("failures.csv").toString());
        List<FileSummary> files = fileSummaries(run, acceptedPerFile);
        writeFailures(run, files, dir.resolve("failures.csv"));
        for (FileSummary file : files) {
            if (file.counts().rejected() > 0) {
                String name = files.size() == 1 ? "rejected-rows.csv"
                        : "rejected-rows-" + file.fileNo() + "-" + stem(file.fileName()) + ".csv";
                writeRejectedRows(run, file, dir.resolve(name));
                reports.put(files.size() == 1 ? "rejected_rows" : "rejected_rows_" + file.fileNo(), dir.resolve(name).toString());
                if (columns != null && ("XLSX".equals(file.format()) || "XLS".equals(file.format()))) {
                    String xlsx = name.substring(0, name.length() - ".csv".length()) + ".xlsx";
                    RejectedRowsWorkbook.write(jdbc, run.runId(), file.fileNo(), file.sheet(), columns, dir.resolve(xlsx));
                    reports.put(files.size() == 1 ? "rejected_rows_xlsx" : "rejected_rows_xlsx_" + file.fileNo(),
                            dir.resolve(xlsx).toString());
                }
            }
        }
        extraReports.forEach((name, path) -> reports.put(name, path.toString()));
        RunSummary summary = new RunSummary(run.runId(), run.jobName(), run.dryRun(), files, cases.created(),
                cases.updated(), ruleCounts(run, files), reports, extraSections);
        CsvReport.writeAtomically(dir.resolve("summary.json"), toJson(summary, exitCode.applyAsInt(summary)));
        return summary;
    }

    private List<FileSummary> fileSummaries(ImportRun run, Map<Integer, Long> accepted) {
        Map<Integer, Map<String, Long>> outcomes = new HashMap<>();
        jdbc.query("SELECT file_no, outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY file_no, outcome",
                rs -> {
                    outcomes.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, run.runId());
        return jdbc.query("""
                        SELECT file_no, file_name, path, sha256, format, sheet, status, rule, message, error_row, unknown_columns
                        FROM import_file WHERE run_id = ? ORDER BY file_no""",
                (rs, i) -> {
                    int fileNo = rs.getInt(1);
                    Map<String, Long> o = outcomes.getOrDefault(fileNo, Map.of());
                    Counts counts = new Counts(accepted.getOrDefault(fileNo, 0L),
                            o.getOrDefault(Outcome.REJECTED.name(), 0L), o.getOrDefault(Outcome.DUPLICATE.name(), 0L));
                    FileStatus status = FileStatus.valueOf(rs.getString(7));
                    FileProblem problem = rs.getString(8) == null ? null
                            : new FileProblem(rs.getString(8), rs.getString(9), rs.getInt(10));
                    return new FileSummary(fileNo, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6) == null ? "" : rs.getString(6), status, counts,
                            RunRegistry.fromJson(rs.getString(11)), problem);
                }, run.runId());
    }

    private Map<String, Long> ruleCounts(ImportRun run, List<FileSummary> files) {
        Map<String, Long> rules = new TreeMap<>();
        jdbc.query("SELECT rule, COUNT(*) FROM row_issue WHERE run_id = ? GROUP BY rule",
                rs -> {
                    rules.put(rs.getString(1), rs.getLong(2));
                }, run.runId());
        files.stream().filter(f -> f.problem() != null).forEach(f -> rules.merge(f.problem().rule(), 1L, Long::sum));
        return rules;
    }

    private void writeFailures(ImportRun run, List<FileSummary> files, Path target) {
        try (CsvReport csv = new CsvReport(target, FAILURE_COLUMNS)) {
            for (FileSummary file : files) {
                jdbc.query("""
                                SELECT row_no, column_name, rule, message, cell_value FROM row_issue
                                WHERE run_id = ? AND file_no = ? ORDER BY row_no, seq""",
                        rs -> {
                            String column = rs.getString(2) == null ? "" : rs.getString(2);
                            String value = rs.getString(5) == null ? "" : rs.getString(5);
                            csv.row(List.of(file.fileName(), file.sheet(), String.valueOf(rs.getInt(1)), column,
                                    rs.getString(3), rs.getString(4),
                                    SECRET_COLUMNS.contains(column) && !value.isEmpty() ? REDACTED : value));
                        }, run.runId(), file.fileNo());
                FileProblem problem = file.problem();
                if (problem != null) {
                    csv.row(List.of(file.fileName(), file.sheet(), problem.row() == 0 ? "" : String.valueOf(problem.row()),
                            "", problem.rule(), problem.message(), ""));
                }
            }
            csv.complete();
        }
    }

    private void writeRejectedRows(ImportRun run, FileSummary file, Path target) {
        List<String> header = new ArrayList<>(RunRegistry.fromJson(
                jdbc.queryForObject("SELECT header FROM import_file WHERE run_id = ? AND file_no = ?", String.class,
                        run.runId(), file.fileNo())));
        List<Integer> secret = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (key.equals("password") || key.equals("confirmpassword")) {
                secret.add(i);
            }
        }
        header.add("errors");
        int width = header.size() - 1;
        try (CsvReport csv = new CsvReport(target, header)) {
            jdbc.query("""
                            SELECT cells, errors FROM row_outcome
                            WHERE run_id = ? AND file_no = ? AND outcome = 'REJECTED' ORDER BY row_no""",
                    rs -> {
                        List<String> cells = new ArrayList<>(RunRegistry.fromJson(rs.getString(1)));
                        while (cells.size() < width) {
                            cells.add("");
                        }
                        List<String> line = new ArrayList<>(cells.subList(0, width));
                        secret.forEach(i -> line.set(i, ""));
                        line.add(rs.getString(2));
                        csv.row(line);
                    }, run.runId(), file.fileNo());
            csv.complete();
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The text of {@code summary.json}. */
    public static String toJson(RunSummary summary) {
        return toJson(summary, summary.exitCode());
    }

    /** The text of {@code summary.json} of a job whose exit code is its own (not {@link RunSummary#exitCode()}). */
    public static String toJson(RunSummary summary, int exitCode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run_id", summary.runId());
        root.put("job", summary.job());
        root.put("dry_run", summary.dryRun());
        List<Object> files = new ArrayList<>();
        for (FileSummary f : summary.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", f.fileName());
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            file.put("format", f.format());
            file.put("sheet", f.sheet());
            file.put("status", f.status().name());
            putCounts(file, f.counts());
            file.put("unknown_columns", f.unknownColumns());
            if (f.problem() != null) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("rule", f.problem().rule());
                problem.put("message", f.problem().message());
                problem.put("row", f.problem().row() == 0 ? null : f.problem().row());
                file.put("problem", problem);
            }
            files.add(file);
        }
        root.put("files", files);
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("files", summary.files().size());
        total.put("files_rejected", summary.filesWithProblems());
        putCounts(total, summary.total());
        total.put("cases_created", summary.casesCreated());
        total.put("cases_updated", summary.casesUpdated());
        root.put("total", total);
        root.put("rules", summary.rules());
        root.putAll(summary.sections());
        root.put("reports", summary.reports());
        root.put("exit_code", exitCode);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putCounts(Map<String, Object> target, Counts counts) {
        target.put("rows_read", counts.rowsRead());
        target.put("accepted", counts.accepted());
        target.put("rejected", counts.rejected());
        target.put("duplicates", counts.duplicates());
    }
}
