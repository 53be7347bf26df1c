package com.tmip.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.db.CopyIn;
import com.tmip.db.Vendor;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stores the rows a chunk did not accept, in the chunk's own transaction, keyed by (run, file, row): a restarted
 * chunk can neither lose nor double them.
 */
@Component
public class RowOutcomes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE = 1000;
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_CELL = 32_768;

    private static final String OUTCOME_COLUMNS = "run_id, file_no, row_no, outcome, cells, errors, repeats_run";
    private static final String ISSUE_COLUMNS = "run_id, file_no, row_no, seq, column_name, rule, message, cell_value";

    private final JdbcTemplate jdbc;
    private final Vendor vendor;
    private final CopyIn copyIn;

    public RowOutcomes(JdbcTemplate jdbc, Vendor vendor, CopyIn copyIn) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.copyIn = copyIn;
    }

    public void record(String runId, int fileNo, List<RowFailure> failures) {
        if (failures.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        List<Object[]> outcomes = new ArrayList<>(failures.size());
        List<Object[]> issues = new ArrayList<>();
        for (RowFailure failure : failures) {
            boolean rejected = failure.outcome() == Outcome.REJECTED;
            String errors = failure.violations().stream().map(Violation::message).collect(Collectors.joining("; "));
            outcomes.add(new Object[]{runId, fileNo, failure.rowNumber(), failure.outcome().name(),
                    rejected ? toJson(failure.cells()) : null, errors, failure.repeatsRun()});
            int seq = 0;
            for (Violation v : failure.violations()) {
                issues.add(new Object[]{runId, fileNo, failure.rowNumber(), ++seq, v.column(), v.code(),
                        cut(v.message(), MAX_MESSAGE), cut(v.value(), MAX_VALUE)});
            }
        }
        if (vendor.isPostgres()) {
            copyIn.copy("row_outcome", OUTCOME_COLUMNS, outcomes);
            copyIn.copy("row_issue", ISSUE_COLUMNS, issues);
            return;
        }
        jdbc.batchUpdate("INSERT INTO row_outcome (" + OUTCOME_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", outcomes);
        if (!issues.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO row_issue (" + ISSUE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", issues);
        }
    }

    /** At most {@code max} characters, none of them a control character (PostgreSQL refuses NUL in text). */
    private static String cut(String value, int max) {
        String text = value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
        return CsvReport.printable(text);
    }

    /**
     * The rejected row's cells as JSON, each made printable and cut to {@link #MAX_CELL} characters (the readers
     * already reject longer ones): what is stored stays within the column and within what JSON readers accept.
     */
    private static String toJson(List<String> cells) {
        List<String> kept = new ArrayList<>(cells.size());
        for (String cell : cells) {
            kept.add(cut(cell, MAX_CELL));
        }
        try {
            return JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
