package com.tmip.equipment;

import com.tmip.input.SourceRow;

/** A source row and the outcome of its checks. */
public record CheckedRow(SourceRow source, RowCheck check) {
}
