package com.tmip.run;

import com.tmip.files.PrivateFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs an import command the same way for every job: inspect the inputs, take the input's lock, resume its
 * unfinished run or create one, check that the reports can be written, run the job to completion, write the
 * reports from the database and mark the run finished.
 */
@Component
public class RunCoordinator {

    private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

    private final RunRegistry runs;
    private final RunLauncher launcher;
    private final RunLock lock;

    public RunCoordinator(RunRegistry runs, RunLauncher launcher, RunLock lock) {
        this.runs = runs;
        this.launcher = launcher;
        this.lock = lock;
    }

    /** Runs the job (a bean, which reads its run from the {@code run.id} job parameter) for the request. */
    public RunSummary execute(RunRequest request, Job job, Function<ImportRun, RunSummary> report) {
        return execute(request, (run, files) -> job, report);
    }

    /**
     * @param job    builds the run's job from the run and its files
     * @param report writes the run's reports once the job has completed
     */
    public RunSummary execute(RunRequest request, JobFactory job, Function<ImportRun, RunSummary> report) {
        return execute(request, InputKey.inspectAll(request.files()), Map.of(), job, report);
    }

    /**
     * As {@link #execute(RunRequest, JobFactory, Function)}, for a job whose inputs are not tables (the certificates
     * of {@code attach-cods}): the caller inspects them, and its options say what their content is.
     *
     * @param inspections one per input, in order
     * @param settings    job parameters that do not identify the run (see {@link RunLauncher#launch(Job, ImportRun, Map)})
     */
    public RunSummary execute(RunRequest request, List<RunRegistry.Inspection> inspections,
                              Map<String, String> settings, JobFactory job, Function<ImportRun, RunSummary> report) {
        String key = InputKey.of(request.jobName(), inspections, request.dryRun(), request.options());
        checkWritable(request.outDir());
        try (RunLock.Lease lease = lock.acquire(key)) {
            ImportRun run = runs.findUnfinished(request.jobName(), key, request.outDir()).orElseGet(() -> runs.create(
                    request.jobName(), key, request.dryRun(), request.outDir(), request.codDir(), inspections));
            if (run.resumed()) {
                log.info("resuming run {} where it stopped", run.runId());
            }
            createReportDir(run.reportDir());
            Map<String, String> parameters = new HashMap<>(request.jobParameters());
            parameters.putAll(settings);
            launcher.launch(job.build(run, runs.files(run.runId())), run, parameters);
            RunSummary summary = report.apply(run);
            Map<Integer, Counts> counts = new HashMap<>();
            summary.files().forEach(f -> counts.put(f.fileNo(), f.counts()));
            runs.finishRun(run.runId(), counts);
            return summary;
        }
    }

    /** Fails the run before any work when its reports could not be written. */
    private static void checkWritable(Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new RunRefusedException("cannot write reports to " + dir + " (" + e.getMessage()
                    + "); nothing was imported");
        }
    }

    /** The run's own report folder, the owner's only: its reports hold personal data. */
    private static void createReportDir(Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Builds the job of a run. */
    @FunctionalInterface
    public interface JobFactory {
        Job build(ImportRun run, List<ImportFile> files);
    }
}
