package com.tmip.credits;

import com.tmip.account.AccountStore;
import com.tmip.config.TmipProperties;
import com.tmip.report.RowOutcomes;
import com.tmip.run.ImportFile;
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
 * The {@code reconcileCredits} job: one chunk-oriented step, {@code file-1}, that loads the run's ledger. The
 * processor checks each line against the known accounts (taken when the step starts); the writer stores the
 * chunk. The run is the job's {@code run.id} parameter. The reconciliation itself runs after the job, from the
 * database ({@link CreditReconciliation}).
 */
@Configuration(proxyBeanMethods = false)
class CreditReconciliationJobConfiguration {

    @Bean
    Job reconcileCreditsJob(JobRepository jobRepository, Step ledgerStep) {
        return new JobBuilder(CreditReconciliation.JOB_NAME, jobRepository).start(ledgerStep).build();
    }

    @Bean
    Step ledgerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    TableItemReader<LedgerLine> ledgerReader,
                    LedgerProcessor ledgerProcessor,
                    LedgerWriter ledgerWriter, TmipProperties properties) {
        return new StepBuilder("file-1", jobRepository)
                .<MappedRow<LedgerLine>, CheckedLedgerLine>chunk(properties.credits().chunkSize())
                .transactionManager(transactionManager)
                .reader(ledgerReader)
                .processor(ledgerProcessor)
                .writer(ledgerWriter)
                .build();
    }

    /** The run's ledger, resumed from its committed position on a restart. */
    @Bean
    @StepScope
    TableItemReader<LedgerLine> ledgerReader(@Value("#{jobParameters['run.id']}") String runId, RunRegistry runs) {
        return new TableItemReader<>("ledgerReader", ledger(runs, runId), runs, LedgerColumns.matcher(),
                LedgerLine::map);
    }

    @Bean
    @StepScope
    LedgerProcessor ledgerProcessor(AccountStore accounts) {
        // the concrete type, not the interface: a step-scoped proxy of an interface makes Batch warn at start-up
        return new LedgerProcessor(new CreditParser(accounts.directory()));
    }

    @Bean
    @StepScope
    LedgerWriter ledgerWriter(@Value("#{jobParameters['run.id']}") String runId, RunRegistry runs,
                              CreditStore credits, RowOutcomes outcomes, Clock clock) {
        return new LedgerWriter(runId, ledger(runs, runId).fileNo(), credits, outcomes, clock);
    }

    private static ImportFile ledger(RunRegistry runs, String runId) {
        return runs.files(runId).get(0);
    }
}
