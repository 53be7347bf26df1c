package com.tmip.equipment;

import com.tmip.input.SourceRow;
import com.tmip.row.Violation;

import java.util.ArrayList;
import java.util.List;

/** A source row and the outcome of its checks. */
public record CheckedRow(SourceRow source, RowCheck check) {

    /**
     * The row and its check, rejected also for every problem the reader found in its cells (too long, not text,
     * beyond the columns read), whatever the columns mean.
     */
    public static CheckedRow of(SourceRow source, RowCheck check) {
        if (source.problems().isEmpty()) {
            return new CheckedRow(source, check);
        }
        List<Violation> violations = new ArrayList<>(source.problemViolations());
        violations.addAll(check.violations());
        return new CheckedRow(source, RowCheck.invalid(check.row(), violations));
    }
}
