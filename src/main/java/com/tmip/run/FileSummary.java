package com.tmip.run;

import java.util.List;
import java.util.Map;

/**
 * What became of one input file. {@code problem} is null unless the file was rejected or truncated.
 * {@code repeated} counts, by the earlier run that registered them, the duplicates that repeat exactly what that run
 * registered (the file, or part of it, delivered again): nothing new, not a failure.
 */
public record FileSummary(
        int fileNo,
        String fileName,
        String path,
        String sha256,
        String format,
        String sheet,
        FileStatus status,
        Counts counts,
        List<String> unknownColumns,
        FileProblem problem,
        Map<String, Long> repeated) {

    public FileSummary {
        repeated = Map.copyOf(repeated);
    }

    public FileSummary(int fileNo, String fileName, String path, String sha256, String format, String sheet,
                       FileStatus status, Counts counts, List<String> unknownColumns, FileProblem problem) {
        this(fileNo, fileName, path, sha256, format, sheet, status, counts, unknownColumns, problem, Map.of());
    }

    /** The duplicates that repeat exactly what an earlier run registered. */
    public long repeatedRows() {
        return repeated.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every row of the file was read and each repeats exactly what an earlier run registered. */
    public boolean nothingNew() {
        return status == FileStatus.READ && counts.rowsRead() > 0 && repeatedRows() == counts.rowsRead();
    }
}
