package com.tmip.run;

import java.util.List;

/** What became of one input file. {@code problem} is null unless the file was rejected or truncated. */
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
        FileProblem problem) {
}
