package com.tmip.attach;

import com.tmip.cod.CodAttachmentStore;
import com.tmip.cod.CodVerifiers;
import com.tmip.config.TmipProperties;
import com.tmip.equipment.SerialLocks;
import com.tmip.report.RowOutcomes;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.RunRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The {@code attachCods} job: one chunk-oriented step, {@code certificates}, over the run's certificate files. The
 * processor verifies each file; the writer matches it to the items and documents them in the chunk's transaction.
 * The run is the job's {@code run.id} parameter, its folder the run's CoD folder, and the trust folder the
 * {@code trust.dir} parameter (blank for {@code tmip.cod.trust-dir}).
 */
@Configuration(proxyBeanMethods = false)
class AttachCodsJobConfiguration {

    static final String TRUST_DIR = "trust.dir";
    /** The one account whose items a portal partner's certificates may document (blank: any account). */
    static final String ONLY_ACCOUNT = "only.account";

    @Bean
    Job attachCodsJob(JobRepository jobRepository, Step certificatesStep) {
        return new JobBuilder(AttachCods.JOB_NAME, jobRepository).start(certificatesStep).build();
    }

    @Bean
    Step certificatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          CertificateReader certificateReader, CertificateProcessor certificateProcessor,
                          AttachWriter attachWriter, TmipProperties properties,
                          ObjectProvider<StepListener> listeners) {
        var step = new StepBuilder("certificates", jobRepository)
                .<ImportFile, VerifiedCertificate>chunk(properties.attach().chunkSize())
                .transactionManager(transactionManager)
                .reader(certificateReader)
                .processor(certificateProcessor)
                .writer(attachWriter);
        listeners.orderedStream().forEach(step::listener); // progress lines, as for the imports
        return step.build();
    }

    /** The run's certificate files that no committed chunk finished. */
    @Bean
    @StepScope
    CertificateReader certificateReader(@Value("#{jobParameters['run.id']}") String runId, RunRegistry runs) {
        return new CertificateReader(runId, runs);
    }

    @Bean
    @StepScope
    CertificateProcessor certificateProcessor(@Value("#{jobParameters['run.id']}") String runId,
                                              @Value("#{jobParameters['" + TRUST_DIR + "']}") String trustDir,
                                              RunRegistry runs, CodVerifiers verifiers) {
        ImportRun run = runs.run(runId);
        return new CertificateProcessor(verifiers.verifier(run.codDir(),
                trustDir == null || trustDir.isBlank() ? null : Path.of(trustDir)));
    }

    @Bean
    @StepScope
    AttachWriter attachWriter(@Value("#{jobParameters['run.id']}") String runId,
                              @Value("#{jobParameters['" + ONLY_ACCOUNT + "']}") String onlyAccount, RunRegistry runs,
                              AttachStore store, RowOutcomes outcomes, SerialLocks locks,
                              CodAttachmentStore attachments, Clock clock) {
        return new AttachWriter(runId, runs.run(runId).dryRun(), onlyAccount == null || onlyAccount.isBlank() ? null
                : onlyAccount, store, runs, outcomes, locks, attachments, clock);
    }
}
