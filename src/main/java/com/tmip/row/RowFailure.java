package com.tmip.row;

import java.util.List;

/**
 * A row that was not accepted: its outcome, every failed check, and (for a rejected row) its original cells so
 * that {@code rejected-rows.csv} can give the partner the row back to fix.
 */
public record RowFailure(int rowNumber, Outcome outcome, List<String> cells, List<Violation> violations) {

    public RowFailure {
        cells = List.copyOf(cells);
        violations = List.copyOf(violations);
    }
}
