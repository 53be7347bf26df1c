package com.tmip.run;

import com.tmip.input.SourceRow;

/** A source row and its typed form (for example an equipment row), as a job's reader hands them on. */
public record MappedRow<T>(SourceRow source, T row) {
}
