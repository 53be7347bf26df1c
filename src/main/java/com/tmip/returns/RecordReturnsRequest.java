package com.tmip.returns;

import java.nio.file.Path;
import java.util.List;

/**
 * A returns run: the lists of one run, read in order, and where its reports go.
 *
 * @param dryRun check and report every row, change no item
 */
public record RecordReturnsRequest(List<Path> files, Path outDir, boolean dryRun) {

    public RecordReturnsRequest {
        files = List.copyOf(files);
    }
}
