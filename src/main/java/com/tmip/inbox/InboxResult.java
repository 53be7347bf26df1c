package com.tmip.inbox;

import com.tmip.run.RunSummary;

import java.nio.file.Path;
import java.util.List;

/**
 * What a pass did: the files it processed (with their runs), the runs that did not finish, and whether the pass
 * stood aside because another one was running.
 */
public record InboxResult(List<Processed> processed, List<String> failures, boolean skipped) {

    public InboxResult {
        processed = List.copyOf(processed);
        failures = List.copyOf(failures);
    }

    /** 1 when a run did not finish, 3 when a file had rejections, else 0. */
    public int exitCode() {
        if (!failures.isEmpty()) {
            return 1;
        }
        return processed.stream().anyMatch(p -> p.summary().exitCode() != 0) ? 3 : 0;
    }

    /** A file the pass imported and archived. */
    public record Processed(String kind, String fileName, Path archivedIn, RunSummary summary) {
    }
}
