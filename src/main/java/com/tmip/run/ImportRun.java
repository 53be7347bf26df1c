package com.tmip.run;

import java.nio.file.Path;

/** One run of an import command; resumed runs keep their id. */
public record ImportRun(String runId, String jobName, boolean dryRun, Path outDir, Path codDir, boolean resumed) {

    /** The folder this run's reports go to. */
    public Path reportDir() {
        return outDir.resolve(runId);
    }
}
