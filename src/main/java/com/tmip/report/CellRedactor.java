package com.tmip.report;

import com.tmip.input.HeaderMatch;

import java.util.List;
import java.util.Set;

/**
 * What a job's reports must not show of its rows: a job whose files hold secrets supplies one, the reports apply it
 * and know nothing of what a secret is.
 */
public interface CellRedactor {

    /** Shows everything. */
    CellRedactor NONE = new CellRedactor() {
        @Override
        public String failureValue(String column, String value) {
            return value;
        }

        @Override
        public Set<Integer> hiddenCells(List<String> header, HeaderMatch match) {
            return Set.of();
        }
    };

    /** The value {@code failures.csv} shows for a failure in {@code column} (a job's column name, or ""). */
    String failureValue(String column, String value);

    /**
     * The 0-based positions of a file's header whose cells the rejected-row reports leave blank.
     *
     * @param match the header matched against the job's columns, or null when the job gave none
     */
    Set<Integer> hiddenCells(List<String> header, HeaderMatch match);
}
