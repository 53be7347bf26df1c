package com.tmip.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import command asks for.
 *
 * @param options the other options that change the outcome (they are part of the input's key), e.g. the CoD folder
 */
public record RunRequest(String jobName, List<Path> files, boolean dryRun, Path outDir, Path codDir, String options) {

    public RunRequest {
        files = List.copyOf(files);
    }
}
