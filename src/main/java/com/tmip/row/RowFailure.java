package com.tmip.row;

import java.util.List;

/**
 * A row that was not accepted: its outcome, every failed check, and (for a rejected row) its original cells so
 * that {@code rejected-rows.csv} can give the partner the row back to fix.
 *
 * @param repeatsRun for a duplicate that repeats exactly what an earlier run registered from the same values (the
 *                   same file delivered again), that run; else null. Such a row is nothing new, not a failure.
 */
public record RowFailure(int rowNumber, Outcome outcome, List<String> cells, List<Violation> violations,
                         String repeatsRun) {

    public RowFailure {
        cells = List.copyOf(cells);
        violations = List.copyOf(violations);
        if (repeatsRun != null && outcome != Outcome.DUPLICATE) {
            throw new IllegalArgumentException("only a duplicate repeats an earlier run: row " + rowNumber);
        }
    }

    public RowFailure(int rowNumber, Outcome outcome, List<String> cells, List<Violation> violations) {
        this(rowNumber, outcome, cells, violations, null);
    }

    /** The same duplicate, marked as repeating exactly what run {@code runId} registered. */
    public RowFailure repeating(String runId) {
        return new RowFailure(rowNumber, outcome, cells, violations, runId);
    }
}
