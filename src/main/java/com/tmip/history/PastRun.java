package com.tmip.history;

import com.tmip.run.Counts;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A past (or running) import run as {@code runs} lists it.
 *
 * @param finishedAt null while the run has not finished
 * @param duration   start to finish, or start to now for a run that has not finished
 */
public record PastRun(String runId, String job, boolean dryRun, Path outDir, LocalDateTime startedAt,
                      LocalDateTime finishedAt, Duration duration, RunState state, List<PastFile> files) {

    public PastRun {
        files = List.copyOf(files);
    }

    public Counts total() {
        return files.stream().map(PastFile::counts).reduce(Counts.ZERO, Counts::plus);
    }

    /** The folder of the run's reports. */
    public Path reportDir() {
        return outDir.resolve(runId);
    }
}
