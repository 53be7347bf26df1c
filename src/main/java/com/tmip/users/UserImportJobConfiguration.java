package com.tmip.users;

import com.tmip.account.AccountStore;
import com.tmip.config.TmipProperties;
import com.tmip.input.HeaderMatch;
import com.tmip.input.InputFormat;
import com.tmip.input.SourceRow;
import com.tmip.report.RowOutcomes;
import com.tmip.run.FileSteps;
import com.tmip.run.ImportFile;
import com.tmip.run.MappedRow;
import com.tmip.run.RowRangePartitioner;
import com.tmip.run.RunLauncher;
import com.tmip.run.RunRegistry;
import com.tmip.run.TableItemReader;
import com.tmip.users.rules.CommonPasswords;
import com.tmip.users.rules.UserValidator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * The {@code importUsers} job: {@code stageUserFiles}, the run's files in order, each a step ({@code file-N}) over
 * its file as one row range ({@link FileSteps}) running {@code stageUsers}: read each row ({@code userReader}),
 * check it ({@code userProcessor}), and stage the chunk's new users with their passwords hashed, or record why not
 * ({@code userWriter}); then {@code resolveUsers}, which resolves managers across all files and creates the users.
 * The run is the job's {@code run.id} parameter; a range's file is in its partition's execution context.
 */
@Configuration(proxyBeanMethods = false)
class UserImportJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UserImportJobConfiguration.class);

    /** The job parameter of a run for one account ({@link UserImportRequest#account()}); absent for any account. */
    static final String ONLY_ACCOUNT = "only.account";

    @Bean
    Job importUsersJob(JobRepository jobRepository, Step stageUserFilesStep, Step resolveUsersStep) {
        return new JobBuilder(UserImport.JOB_NAME, jobRepository).start(stageUserFilesStep).next(resolveUsersStep)
                .build();
    }

    @Bean
    @JobScope
    Step stageUserFilesStep(@Value("#{jobParameters['" + RunLauncher.RUN_ID + "']}") String runId,
                            JobRepository jobRepository, RunRegistry runs, Step stageUsersStep) {
        return FileSteps.inOrder("stageUserFiles", jobRepository, runs.files(runId),
                file -> FileSteps.inProcess(jobRepository, file, stageUsersStep, 0));
    }

    @Bean
    Step stageUsersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        TableItemReader<ReadUser> userReader, UserRowProcessor userProcessor, UserWriter userWriter,
                        ObjectProvider<StepListener> listeners, TmipProperties properties) {
        var step = new StepBuilder("stageUsers", jobRepository)
                .<MappedRow<ReadUser>, CheckedUser>chunk(properties.users().chunkSize())
                .transactionManager(transactionManager)
                .reader(userReader)
                .processor(userProcessor)
                .writer(userWriter);
        listeners.orderedStream().forEach(step::listener); // progress
        return step.build();
    }

    @Bean
    Step resolveUsersStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          RunRegistry runs, UserResolution resolution) {
        return new StepBuilder("resolveUsers", jobRepository)
                .tasklet((contribution, context) -> {
                    String runId = (String) context.getStepContext().getJobParameters().get(RunLauncher.RUN_ID);
                    resolution.resolve(runs.run(runId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** The range's rows, resumed from its committed position on a restart. */
    @Bean
    @StepScope
    TableItemReader<ReadUser> userReader(@Value("#{stepExecution}") StepExecution range, RunRegistry runs) {
        ExecutionContext context = range.getExecutionContext();
        ImportFile file = FileSteps.file(runs, context);
        return new TableItemReader<>("userReader", file, runs, UserColumns.matcher(), mapper(file),
                TableItemReader.DEFAULT_READ_AHEAD, context.getLong(RowRangePartitioner.FROM),
                context.getLong(RowRangePartitioner.TO)).headerCheck(UserColumns::notAHeader);
    }

    /** The rules with the known accounts as they are when the range starts, and the run's one account if any. */
    @Bean
    @StepScope
    UserRowProcessor userProcessor(@Value("#{jobParameters['" + ONLY_ACCOUNT + "']}") String onlyAccount,
                                   AccountStore accounts, TmipProperties properties,
                                   CommonPasswords commonPasswords) {
        return new UserRowProcessor(new UserValidator(accounts.directory(), properties.users().roles(),
                properties.users().defaultRegion(), commonPasswords, onlyAccount));
    }

    @Bean
    @StepScope
    UserWriter userWriter(@Value("#{stepExecution}") StepExecution range, RunRegistry runs, UserStore users,
                          RowOutcomes outcomes, PasswordEncoder encoder) {
        ImportFile file = FileSteps.file(runs, range.getExecutionContext());
        return new UserWriter(runs.run(file.runId()), file.fileNo(), users, outcomes, encoder);
    }

    /**
     * Maps the file's rows; at the first, says in the log (by count, never quoting a label or a cell) when columns
     * the job does not know look like secrets: their cells are blanked like every unknown column's.
     */
    private static BiFunction<HeaderMatch, SourceRow, ReadUser> mapper(ImportFile file) {
        AtomicBoolean noted = new AtomicBoolean();
        boolean delimited = file.format() == InputFormat.CSV;
        return (header, source) -> {
            long secretLooking = noted.getAndSet(true) ? 0 : UserColumns.secretLookingHeaders(header);
            if (secretLooking > 0) {
                log.warn("run {} file {}: {} column(s) the job does not know have a header that looks like a"
                        + " secret's; their cells are never stored nor reported", file.runId(), file.fileNo(),
                        secretLooking);
            }
            return UserColumns.map(header, source, delimited);
        };
    }
}
