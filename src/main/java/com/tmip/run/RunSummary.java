package com.tmip.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: per file and in total, cases touched, failures per rule, where the reports are, and the
 * job's own sections of {@code summary.json} (for example the import's {@code documentation}: its COD plans).
 */
public record RunSummary(
        String runId,
        String job,
        boolean dryRun,
        List<FileSummary> files,
        long casesCreated,
        long casesUpdated,
        Map<String, Long> rules,
        Map<String, String> reports,
        Map<String, Object> sections) {

    public RunSummary {
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A summary without sections of its own. */
    public RunSummary(String runId, String job, boolean dryRun, List<FileSummary> files, long casesCreated,
                      long casesUpdated, Map<String, Long> rules, Map<String, String> reports) {
        this(runId, job, dryRun, files, casesCreated, casesUpdated, rules, reports, Map.of());
    }

    public Counts total() {
        return files.stream().map(FileSummary::counts).reduce(Counts.ZERO, Counts::plus);
    }

    /** Files rejected as a whole or that became unreadable part-way. */
    public long filesWithProblems() {
        return files.stream().filter(f -> f.status() == FileStatus.REJECTED || f.status() == FileStatus.TRUNCATED).count();
    }

    /**
     * 0 when every row was accepted, or is a duplicate that repeats exactly what an earlier run registered (a file
     * delivered again: nothing new is not a failure); 3 when some row or file was not (see the reports).
     */
    public int exitCode() {
        Counts total = total();
        long repeated = files.stream().mapToLong(FileSummary::repeatedRows).sum();
        return total.rejected() + total.duplicates() - repeated + filesWithProblems() > 0 ? 3 : 0;
    }
}
