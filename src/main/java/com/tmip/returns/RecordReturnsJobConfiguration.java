package com.tmip.returns;

import com.tmip.config.TmipProperties;
import com.tmip.report.RowOutcomes;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRegistry;
import com.tmip.run.TableItemReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The {@code recordReturns} job: one chunk-oriented step per input file of the run ({@code file-1}, {@code file-2},
 * …, in command-line order, so the first row of a serial wins across files), each reading its file with the
 * step-scoped {@code returnReader} and writing with the step-scoped {@code returnWriter}. Both are built when their
 * step starts, for the run ({@code run.id} job parameter) and the file its step is named after. A restarted run
 * skips the files it finished and resumes the others from their last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class RecordReturnsJobConfiguration {

    private static final String STEP_PREFIX = "file-";
    /** The one account whose items a portal partner's returns may receive (absent: any account). */
    static final String ONLY_ACCOUNT = "only.account";

    /** Builds the job of a run: its steps depend on how many files the run has. */
    @Bean
    RunCoordinator.JobFactory recordReturnsJob(JobRepository jobRepository,
                                               PlatformTransactionManager transactionManager,
                                               TableItemReader<ReturnRow> returnReader, ReturnWriter returnWriter,
                                               TmipProperties properties, ObjectProvider<StepListener> listeners) {
        return (run, files) -> {
            SimpleJobBuilder job = null;
            for (ImportFile file : files) {
                var step = new StepBuilder(STEP_PREFIX + file.fileNo(), jobRepository)
                        .<MappedRow<ReturnRow>, MappedRow<ReturnRow>>chunk(properties.chunkSize())
                        .transactionManager(transactionManager)
                        .reader(returnReader)
                        .writer(returnWriter);
                listeners.orderedStream().forEach(step::listener); // progress
                Step built = step.build();
                job = job == null ? new JobBuilder(RecordReturns.JOB_NAME, jobRepository).start(built) : job.next(built);
            }
            return job.build();
        };
    }

    /** The file of the step, resumed from its committed position on a restart. */
    @Bean
    @StepScope
    TableItemReader<ReturnRow> returnReader(@Value("#{jobParameters['run.id']}") String runId,
                                            @Value("#{stepExecution.stepName}") String stepName, RunRegistry runs) {
        return new TableItemReader<>("returnReader", file(runs, runId, stepName), runs, ReturnColumns.matcher(),
                ReturnColumns::map);
    }

    @Bean
    @StepScope
    ReturnWriter returnWriter(@Value("#{jobParameters['run.id']}") String runId,
                              @Value("#{stepExecution.stepName}") String stepName,
                              @Value("#{jobParameters['" + ONLY_ACCOUNT + "']}") String onlyAccount, RunRegistry runs,
                              ReturnStore store, RowOutcomes outcomes, Clock clock) {
        ImportRun run = runs.run(runId);
        return new ReturnWriter(run, file(runs, runId, stepName).fileNo(), new ReturnRules(LocalDate.now(clock)),
                store, outcomes, onlyAccount == null || onlyAccount.isBlank() ? null : onlyAccount);
    }

    /** The run's file a step named {@code file-N} reads. */
    private static ImportFile file(RunRegistry runs, String runId, String stepName) {
        return runs.file(runId, Integer.parseInt(stepName.substring(STEP_PREFIX.length())));
    }
}
