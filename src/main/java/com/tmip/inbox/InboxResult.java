package com.tmip.inbox;

import com.tmip.run.RunSummary;

import java.nio.file.Path;
import java.util.List;

/**
 * What a pass did: the files it processed (with their runs), the runs that did not finish, whether the pass
 * stood aside because another one was running, and the files it left for the next pass.
 */
public record InboxResult(List<Processed> processed, List<String> failures, boolean skipped, List<Waiting> waiting) {

    public InboxResult {
        processed = List.copyOf(processed);
        failures = List.copyOf(failures);
        waiting = List.copyOf(waiting);
    }

    public InboxResult(List<Processed> processed, List<String> failures, boolean skipped) {
        this(processed, failures, skipped, List.of());
    }

    /** 1 when a run did not finish, 3 when a file had rejections, else 0. */
    public int exitCode() {
        if (!failures.isEmpty()) {
            return 1;
        }
        return processed.stream().anyMatch(p -> p.summary().exitCode() != 0) ? 3 : 0;
    }

    /** A file the pass left where it is because it may still be written, and why. */
    public record Waiting(String kind, String fileName, String reason) {
    }

    /** A file the pass imported and archived. */
    public record Processed(String kind, String fileName, Path archivedIn, RunSummary summary) {
    }
}
