package com.tmip.users;

import java.nio.file.Path;
import java.util.List;

/**
 * A user import: the files of one run, read in order, and where its reports go.
 *
 * @param dryRun check and report every row, create no user
 */
public record UserImportRequest(List<Path> files, Path outDir, boolean dryRun) {

    public UserImportRequest {
        files = List.copyOf(files);
    }
}
