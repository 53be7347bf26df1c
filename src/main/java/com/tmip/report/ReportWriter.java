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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** The most characters of a partner's file name that go into a report's name. */
    static final int MAX_NAME = 60;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JdbcTemplate jdbc;
    private final RunRegistry runs;
    private final RejectedRowsTemplates templates;

    public ReportWriter(JdbcTemplate jdbc, RunRegistry runs, ObjectProvider<RejectedRowsTemplates> templates) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.templates = templates.getIfAvailable(() -> (sheet, header) -> null);
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

    /** As {@link #write(ImportRun, String, CaseCounts, Map, HeaderMatcher)}, hiding what {@code redactor} says. */
    public RunSummary write(ImportRun run, String acceptedPerFile, CaseCounts cases, Map<String, Path> extraReports,
                            HeaderMatcher columns, CellRedactor redactor) {
        Map<Integer, Long> accepted = new HashMap<>();
        jdbc.query(acceptedPerFile, rs -> {
            accepted.put(rs.getInt(1), rs.getLong(2));
        }, run.runId());
        return write(run, accepted, cases, extraReports, columns, Map.of(), RunSummary::exitCode, redactor);
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
        return write(run, accepted, cases, extraReports, columns, extraSections, exitCode, CellRedactor.NONE);
    }

    /**
     * As above, with the accepted rows per file already counted (by a job whose own report reads them anyway).
     *
     * @param acceptedPerFile accepted rows by file number; a file without any is missing or 0
     */
    public RunSummary write(ImportRun run, Map<Integer, Long> acceptedPerFile, CaseCounts cases,
                            Map<String, Path> extraReports, HeaderMatcher columns, Map<String, Object> extraSections,
                            ToIntFunction<RunSummary> exitCode) {
        return write(run, acceptedPerFile, cases, extraReports, columns, extraSections, exitCode, CellRedactor.NONE);
    }

    /** As above, hiding in the failures and rejected rows what the job's {@code redactor} says. */
    public RunSummary write(ImportRun run, Map<Integer, Long> acceptedPerFile, CaseCounts cases,
                            Map<String, Path> extraReports, HeaderMatcher columns, Map<String, Object> extraSections,
                            ToIntFunction<RunSummary> exitCode, CellRedactor redactor) {
        Path dir = run.reportDir();
        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("summary", dir.resolve("summary.json").toString());
        reports.put("failures", dir.resolve("failures.csv").toString());
        List<FileSummary> files = fileSummaries(run, acceptedPerFile);
        writeFailures(run, files, dir.resolve("failures.csv"), columns, redactor);
        Set<String> taken = new HashSet<>();
        for (FileSummary file : files) {
            if (file.counts().rejected() > 0) {
                String base = files.size() == 1 ? "rejected-rows" : reportBase(file.fileName(), taken);
                String name = base + ".csv";
                writeRejectedRows(run, file, dir.resolve(name), columns, redactor);
                reports.put(files.size() == 1 ? "rejected_rows" : "rejected_rows_" + file.fileNo(), dir.resolve(name).toString());
                if (columns != null && ("XLSX".equals(file.format()) || "XLS".equals(file.format()))) {
                    String xlsx = base + ".xlsx";
                    RejectedRowsWorkbook.write(jdbc, run.runId(), file.fileNo(), file.sheet(), columns, redactor,
                            dir.resolve(xlsx), templates);
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
        Map<Integer, Map<String, Long>> repeated = new HashMap<>();
        jdbc.query("""
                        SELECT file_no, repeats_run, COUNT(*) FROM row_outcome
                        WHERE run_id = ? AND repeats_run IS NOT NULL GROUP BY file_no, repeats_run""",
                rs -> {
                    repeated.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
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
                            RunRegistry.fromJson(rs.getString(11)), problem,
                            repeated.getOrDefault(fileNo, Map.of()));
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

    private List<String> header(ImportRun run, int fileNo) {
        return RunRegistry.fromJson(jdbc.queryForObject(
                "SELECT header FROM import_file WHERE run_id = ? AND file_no = ?", String.class, run.runId(), fileNo));
    }

    private void writeFailures(ImportRun run, List<FileSummary> files, Path target, HeaderMatcher columns,
                               CellRedactor redactor) {
        try (CsvReport csv = new CsvReport(target, FAILURE_COLUMNS)) {
            for (FileSummary file : files) {
                ColumnLabels labels = ColumnLabels.of(columns, header(run, file.fileNo()));
                jdbc.query("""
                                SELECT row_no, column_name, rule, message, cell_value FROM row_issue
                                WHERE run_id = ? AND file_no = ? ORDER BY row_no, seq""",
                        rs -> {
                            String column = rs.getString(2) == null ? "" : rs.getString(2);
                            String value = rs.getString(5) == null ? "" : rs.getString(5);
                            csv.row(List.of(file.fileName(), file.sheet(), String.valueOf(rs.getInt(1)),
                                    labels.column(column), rs.getString(3), labels.message(column, rs.getString(4)),
                                    redactor.failureValue(column, value)));
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

    private void writeRejectedRows(ImportRun run, FileSummary file, Path target, HeaderMatcher columns,
                                   CellRedactor redactor) {
        List<String> header = new ArrayList<>(header(run, file.fileNo()));
        ColumnLabels labels = ColumnLabels.of(columns, header);
        Set<Integer> secret = redactor.hiddenCells(header, columns == null ? null : columns.match(header));
        header.add("errors");
        int width = header.size() - 1;
        try (CsvReport csv = new CsvReport(target, header)) {
            // One pass over the rows and their issues (row order, then check order): a row's line is written when
            // the next row starts, its errors naming each column as the partner's header does.
            Object[] pending = {null, null, null}; // row number, cells JSON, messages
            jdbc.query("""
                            SELECT o.row_no, o.cells, o.errors, i.column_name, i.message FROM row_outcome o
                            LEFT JOIN row_issue i ON i.run_id = o.run_id AND i.file_no = o.file_no AND i.row_no = o.row_no
                            WHERE o.run_id = ? AND o.file_no = ? AND o.outcome = 'REJECTED' ORDER BY o.row_no, i.seq""",
                    rs -> {
                        int rowNo = rs.getInt(1);
                        if (pending[0] == null || (int) pending[0] != rowNo) {
                            flushRejected(csv, pending, width, secret);
                            pending[0] = rowNo;
                            pending[1] = rs.getString(2);
                            pending[2] = new ArrayList<String>();
                        }
                        @SuppressWarnings("unchecked")
                        List<String> messages = (List<String>) pending[2];
                        String message = rs.getString(5);
                        messages.add(message == null ? (rs.getString(3) == null ? "" : rs.getString(3))
                                : labels.message(rs.getString(4), message));
                    }, run.runId(), file.fileNo());
            flushRejected(csv, pending, width, secret);
            csv.complete();
        }
    }

    private static void flushRejected(CsvReport csv, Object[] pending, int width, Set<Integer> secret) {
        if (pending[0] == null) {
            return;
        }
        List<String> cells = new ArrayList<>(RunRegistry.fromJson((String) pending[1]));
        while (cells.size() < width) {
            cells.add("");
        }
        List<String> line = new ArrayList<>(cells.subList(0, width));
        secret.forEach(i -> line.set(i, ""));
        @SuppressWarnings("unchecked")
        List<String> messages = (List<String>) pending[2];
        line.add(String.join("; ", messages));
        csv.row(line);
        pending[0] = null;
    }

    /**
     * The name (without extension) of a file's rejected-rows reports in a run of several files: named after the
     * partner's file with its extension, so that {@code equipment.csv} and {@code equipment.xlsx} give
     * {@code rejected-rows-equipment-csv} and {@code rejected-rows-equipment-xlsx}. Only letters, digits, '-' and
     * '_' (no path or control characters of the input name), at most {@value #MAX_NAME} characters of it, and a
     * number added when another file of the run already took the name.
     */
    static String reportBase(String fileName, Set<String> taken) {
        String safe = fileName.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(safe.length() - MAX_NAME).replaceAll("^-+", "");
        }
        String base = "rejected-rows" + (safe.isEmpty() ? "" : "-" + safe);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /**
     * For a workbook input with rejected rows: the workbook report the partner fixes and uploads again (the
     * rejected rows in the file's own columns, failing cells marked); else null.
     */
    public static String fixAndUpload(RunSummary summary, FileSummary file) {
        String key = summary.files().size() == 1 ? "rejected_rows_xlsx" : "rejected_rows_xlsx_" + file.fileNo();
        return summary.reports().get(key);
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
            if (f.repeatedRows() > 0) {
                // duplicates that repeat exactly what an earlier run registered: nothing new, not a failure
                Map<String, Object> repeated = new LinkedHashMap<>();
                repeated.put("rows", f.repeatedRows());
                repeated.put("nothing_new", f.nothingNew());
                repeated.put("registered_by_runs", f.repeated());
                file.put("already_registered_unchanged", repeated);
            }
            String upload = fixAndUpload(summary, f);
            if (upload != null) {
                file.put("fix_and_upload", upload);
            }
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
