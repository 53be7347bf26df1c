package com.tmip.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts the job of a run, or restarts it where it stopped. The run id is the job's only identifying parameter,
 * so the same run always maps to the same job instance.
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * Runs the job to completion; throws {@link RunFailedException} if it stops before that. The caller holds the
     * run's {@link RunLock}, so an execution still marked as running belongs to a process that died: it is
     * recovered (marked failed) and the job restarts from its last committed chunk.
     */
    public void launch(Job job, ImportRun run) {
        launch(job, run, Map.of());
    }

    /**
     * As {@link #launch(Job, ImportRun)}, with more job parameters that do not identify the job instance (settings
     * of the command the steps read, such as a folder); a restart gets the values of the command that restarts it.
     */
    public void launch(Job job, ImportRun run, Map<String, String> settings) {
        JobParametersBuilder builder = new JobParametersBuilder().addString("run.id", run.runId());
        settings.forEach((name, value) -> builder.addString(name, value, false));
        JobParameters parameters = builder.toJobParameters();
        JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters);
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                return; // the job finished; only the reports were missing
            }
            if (last != null && last.isRunning()) {
                log.info("run {} was left running by a process that died; recovering it", run.runId());
                jobOperator.recover(last);
            }
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new RunFailedException("could not start run " + run.runId() + ": " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reasons = execution.getAllFailureExceptions().stream()
                    .map(RunLauncher::rootMessage).distinct().collect(Collectors.joining("; "));
            throw new RunFailedException("run " + run.runId() + " stopped (" + execution.getStatus() + ")"
                    + (reasons.isEmpty() ? "" : ": " + reasons), null);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
