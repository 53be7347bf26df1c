package com.tmip.history;

import com.tmip.run.Counts;
import com.tmip.run.FileStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The run's state as an operator reads it: a run whose every file was rejected as a whole (so it has no row to
     * count) says so, with the files' rule codes, rather than "completed with rejections" and zero counts; a run
     * whose every row repeats what earlier runs registered says "nothing new".
     */
    public String status() {
        if (state == RunState.COMPLETED_WITH_REJECTIONS && !files.isEmpty()
                && files.stream().allMatch(f -> FileStatus.REJECTED.name().equals(f.status()))) {
            String rules = files.stream().map(PastFile::rule).distinct().collect(Collectors.joining(", "));
            return (files.size() == 1 ? "file rejected: " : "files rejected: ") + rules;
        }
        if (state == RunState.COMPLETED && total().duplicates() > 0 && total().accepted() == 0) {
            return "completed: nothing new"; // its duplicates repeat what earlier runs registered
        }
        return state.label();
    }

    /** The folder of the run's reports. */
    public Path reportDir() {
        return outDir.resolve(runId);
    }
}
