package com.tmip.users;

import com.tmip.input.SourceRow;
import com.tmip.row.Violation;

/**
 * A user row as read, and what of its source row may be stored or reported ({@code safeSource}): only the cells of
 * the known columns that are not secrets; every other cell blanked. A row whose cells may have shifted
 * ({@code shape} is not null) has no {@code row} to check and no cells at all in {@code safeSource}: it is
 * rejected for its shape alone.
 */
public record ReadUser(UserRow row, SourceRow safeSource, Violation shape) {

    /** True when the row's cells may have shifted: it is rejected with {@link #shape()} and nothing else. */
    public boolean misshapen() {
        return shape != null;
    }
}
