package com.tmip.account;

import com.tmip.config.TmipProperties;
import com.tmip.input.HeaderMatcher;
import com.tmip.report.RowOutcomes;
import com.tmip.run.MappedRow;
import com.tmip.run.RunRegistry;
import com.tmip.run.TableItemReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * The {@code importAccounts} job: one chunk-oriented step, {@code file-1}, over the run's one file. The run is the
 * job's {@code run.id} parameter; the reader and writer are built for it when the step starts.
 */
@Configuration(proxyBeanMethods = false)
class AccountImportJobConfiguration {

    @Bean
    Job importAccountsJob(JobRepository jobRepository, Step accountFileStep) {
        return new JobBuilder(AccountImport.JOB_NAME, jobRepository).start(accountFileStep).build();
    }

    @Bean
    Step accountFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         TableItemReader<AccountRow> accountReader, AccountWriter accountWriter,
                         TmipProperties properties) {
        return new StepBuilder("file-1", jobRepository)
                .<MappedRow<AccountRow>, MappedRow<AccountRow>>chunk(properties.accounts().chunkSize())
                .transactionManager(transactionManager)
                .reader(accountReader)
                .writer(accountWriter)
                .build();
    }

    /** The run's file, resumed from its committed position on a restart. */
    @Bean
    @StepScope
    TableItemReader<AccountRow> accountReader(@Value("#{jobParameters['run.id']}") String runId, RunRegistry runs) {
        return new TableItemReader<>("accountReader", runs.files(runId).get(0), runs,
                new HeaderMatcher(AccountImport.COLUMNS),
                (header, source) -> new AccountRow(source.rowNumber(),
                        source.cell(header.index(AccountImport.ACCOUNT_ID)),
                        source.cell(header.index(AccountImport.ACCOUNT_NAME))));
    }

    @Bean
    @StepScope
    AccountWriter accountWriter(@Value("#{jobParameters['run.id']}") String runId, AccountStore accounts,
                                RowOutcomes outcomes, Clock clock) {
        return new AccountWriter(runId, accounts, outcomes, clock);
    }
}
