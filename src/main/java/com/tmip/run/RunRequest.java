package com.tmip.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import command asks for.
 *
 * @param options       the other options that change the outcome (they are part of the input's key), e.g. the CoD
 *                      folder
 * @param jobParameters how the job runs this time, handed to it as job parameters that do not identify the run
 *                      (e.g. how many partitions); a resumed run may be given others
 */
public record RunRequest(String jobName, List<Path> files, boolean dryRun, Path outDir, Path codDir, String options,
                         Map<String, String> jobParameters) {

    public RunRequest {
        files = List.copyOf(files);
        jobParameters = Map.copyOf(jobParameters);
    }

    public RunRequest(String jobName, List<Path> files, boolean dryRun, Path outDir, Path codDir, String options) {
        this(jobName, files, dryRun, outDir, codDir, options, Map.of());
    }
}
