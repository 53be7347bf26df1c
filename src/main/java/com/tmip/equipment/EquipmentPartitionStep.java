package com.tmip.equipment;

import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodVerifiers;
import com.tmip.equipment.rules.EquipmentValidator;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.RowRangePartitioner;
import com.tmip.run.RunRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * The step every partition of an equipment import runs, in a thread of the importing process or in a worker
 * process on another host: it reads the run, the file and the row range from the partition's execution context,
 * loads the reference data as it is now, and runs the same chunk step as an unpartitioned import over that range
 * (it resumes from the partition's last committed chunk when the partition is run again).
 * <p>
 * A request for a partition whose job is no longer running (a stale message after the manager was restarted, whose
 * partition the restart recreated) is ignored, so a partition never runs twice at once through a stale request.
 */
@Component(EquipmentPartitionStep.NAME)
public class EquipmentPartitionStep implements Step {

    /** The bean name workers look the step up by, and the name of every partition's step. */
    public static final String NAME = "registerPartition";
    /** The trust folder for CoD signatures the manager was given, if any (a path every host can read). */
    public static final String TRUST_DIR = "cod.trust-dir";

    private static final Logger log = LoggerFactory.getLogger(EquipmentPartitionStep.class);

    private final EquipmentJobFactory jobs;
    private final RunRegistry runs;
    private final EquipmentValidators validators;
    private final CodVerifiers codVerifiers;
    private final JobRepository jobRepository;

    public EquipmentPartitionStep(EquipmentJobFactory jobs, RunRegistry runs, EquipmentValidators validators,
                                  CodVerifiers codVerifiers, JobRepository jobRepository) {
        this.jobs = jobs;
        this.runs = runs;
        this.validators = validators;
        this.codVerifiers = codVerifiers;
        this.jobRepository = jobRepository;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void execute(StepExecution partition) throws JobInterruptedException {
        if (!partition.getJobExecution().isRunning() || !(partition.getStatus() == BatchStatus.STARTING
                || partition.getStatus() == BatchStatus.STARTED)) {
            log.info("partition {} of job execution {} is {} (job {}); request ignored", partition.getStepName(),
                    partition.getJobExecutionId(), partition.getStatus(), partition.getJobExecution().getStatus());
            return;
        }
        Step step;
        try {
            step = rangeStep(partition.getExecutionContext());
        } catch (RuntimeException e) {
            fail(partition, e);
            return;
        }
        step.execute(partition);
    }

    private Step rangeStep(ExecutionContext context) {
        ImportRun run = runs.run(context.getString(RowRangePartitioner.RUN_ID));
        int fileNo = context.getInt(RowRangePartitioner.FILE_NO);
        ImportFile file = runs.files(run.runId()).stream().filter(f -> f.fileNo() == fileNo).findFirst()
                .orElseThrow(() -> new IllegalStateException("run " + run.runId() + " has no file " + fileNo));
        String trustDir = context.getString(TRUST_DIR, null);
        CodDocuments codDocuments = codVerifiers.forRun(run.codDir(), trustDir == null ? null : Path.of(trustDir));
        EquipmentValidator validator = validators.forRun(codDocuments);
        return jobs.registerRangeStep(run, file, validator, codDocuments, context.getLong(RowRangePartitioner.FROM),
                context.getLong(RowRangePartitioner.TO));
    }

    /** Records a partition that could not even start as failed, so that the manager stops waiting for it. */
    private void fail(StepExecution partition, RuntimeException e) {
        log.error("partition {} of job execution {} could not start", partition.getStepName(),
                partition.getJobExecutionId(), e);
        partition.addFailureException(e);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
    }
}
