package com.tmip.equipment;

import com.tmip.cases.CaseResolver;
import com.tmip.cases.CaseStore;
import com.tmip.cod.CodAttachmentStore;
import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodVerifiers;
import com.tmip.config.TmipProperties;
import com.tmip.report.RowOutcomes;
import com.tmip.run.FileSteps;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;
import com.tmip.run.RowRangePartitioner;
import com.tmip.run.RunRegistry;
import com.tmip.run.TableItemReader;

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
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.MessageChannel;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The {@code importEquipment} job: {@code registerFiles}, the run's files in order, each a partitioned step
 * ({@code file-N}) over row ranges of its file ({@link FileSteps}); every range runs {@code registerPartition},
 * which streams its rows ({@code equipmentReader}), checks each ({@code equipmentProcessor}) and writes the chunk's
 * items, cases, CoD files and failures in the chunk's transaction ({@code registrationWriter}). Where the ranges
 * run is chosen per run from the job parameters: one range in the run's thread; {@code --partitions N} on N
 * threads; with {@code --remote}, on {@code worker} processes over the broker (Spring Batch Integration's remote
 * partitioning, the manager polling the job repository). Step listeners of the context (progress, tests) are
 * attached to the range step. The run is the job's {@code run.id} parameter; a range's file and rows are in its
 * partition's execution context, so a worker on another host needs nothing else.
 */
@Configuration(proxyBeanMethods = false)
class EquipmentImportJobConfiguration {

    /** The name of the step every range runs, and the name workers look it up by. */
    static final String RANGE_STEP = "registerPartition";
    /** Job parameter: the trusted CA certificates for CoD signatures given to the command (every host reads it). */
    static final String TRUST_DIR = "cod.trust-dir";
    /** The one account an import for a portal partner may register rows of (absent: any known account). */
    static final String ONLY_ACCOUNT = "only.account";

    @Bean
    Job importEquipmentJob(JobRepository jobRepository, Step registerFilesStep) {
        return new JobBuilder(EquipmentImport.JOB_NAME, jobRepository).start(registerFilesStep).build();
    }

    @Bean
    @JobScope
    Step registerFilesStep(@Value("#{jobParameters['run.id']}") String runId,
                           @Value("#{jobParameters['" + FileSteps.PARTITIONS + "'] ?: '0'}") int partitions,
                           @Value("#{jobParameters['" + FileSteps.REMOTE + "'] ?: 'false'}") boolean remote,
                           JobRepository jobRepository, RunRegistry runs, Step registerPartitionStep,
                           ObjectProvider<RemotePartitioningManagerStepBuilderFactory> managers,
                           @Qualifier(FileSteps.REQUESTS_CHANNEL) ObjectProvider<MessageChannel> requests,
                           TmipProperties properties) {
        return FileSteps.inOrder("registerFiles", jobRepository, runs.files(runId), file -> remote
                ? managers.getObject().get(FileSteps.name(file))
                        .partitioner(RANGE_STEP, new RowRangePartitioner(file))
                        .gridSize(partitions)
                        .outputChannel(requests.getObject())
                        .pollInterval(properties.partition().pollInterval().toMillis())
                        .build()
                : FileSteps.inProcess(jobRepository, file, registerPartitionStep, partitions));
    }

    /**
     * The step of one range of one file. In a {@code worker} it is built by the remote partitioning's worker
     * builder, which runs it for each request the worker receives.
     */
    @Bean(name = {"registerPartitionStep", RANGE_STEP})
    Step registerPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               TableItemReader<EquipmentRow> equipmentReader,
                               RegistrationProcessor equipmentProcessor,
                               RegistrationWriter registrationWriter,
                               ObjectProvider<StepListener> listeners, TmipProperties properties,
                               ObjectProvider<RemotePartitioningWorkerStepBuilderFactory> workers,
                               @Qualifier(FileSteps.WORKER_REQUESTS_CHANNEL) ObjectProvider<MessageChannel> received,
                               @Qualifier(FileSteps.WORKER_REPLIES_CHANNEL) ObjectProvider<MessageChannel> run) {
        StepBuilder builder = properties.partition().worker()
                ? workers.getObject().get(RANGE_STEP).inputChannel(received.getObject()).outputChannel(run.getObject())
                : new StepBuilder(RANGE_STEP, jobRepository);
        var step = builder.<MappedRow<EquipmentRow>, CheckedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(equipmentReader)
                .processor(equipmentProcessor)
                .writer(registrationWriter)
                // opened with the range, before its first chunk: the step-scoped processor and writer are created
                // then, not inside a chunk's transaction, where their look-ups of the run waited on HSQLDB's locks
                // held by another partition's chunk while that partition waited for the step scope (a deadlock)
                .stream(equipmentProcessor)
                .stream(registrationWriter);
        listeners.orderedStream().forEach(step::listener);
        return step.build();
    }

    /** The range's rows, resumed from its committed position when the range is run again. */
    @Bean
    @StepScope
    TableItemReader<EquipmentRow> equipmentReader(@Value("#{stepExecution}") StepExecution range, RunRegistry runs) {
        ExecutionContext context = range.getExecutionContext();
        return new TableItemReader<>("equipmentReader", FileSteps.file(runs, context), runs,
                EquipmentColumns.matcher(), EquipmentColumns::map, TableItemReader.DEFAULT_READ_AHEAD,
                context.getLong(RowRangePartitioner.FROM), context.getLong(RowRangePartitioner.TO));
    }

    /** The rules with the reference data as it is when the range starts, and the run's CoD files. */
    @Bean
    @StepScope
    RegistrationProcessor equipmentProcessor(@Value("#{stepExecution}") StepExecution range,
                                             @Value("#{jobParameters['" + TRUST_DIR + "']}") String trustDir,
                                             @Value("#{jobParameters['" + ONLY_ACCOUNT + "']}") String onlyAccount,
                                             RunRegistry runs, CodVerifiers codVerifiers,
                                             EquipmentValidators validators) {
        ImportRun run = run(runs, range);
        CodDocuments codDocuments = codVerifiers.forRun(run.codDir(), trustDir == null ? null : Path.of(trustDir));
        return new RegistrationProcessor(validators.forRun(codDocuments, onlyAccount), codDocuments);
    }

    /**
     * Writes the range's chunks; with partitions, which write at the same time, it takes the run's serial locks.
     * It stores the CoD files the same step's processor verified.
     */
    @Bean
    @StepScope
    RegistrationWriter registrationWriter(@Value("#{stepExecution}") StepExecution range,
                                          @Value("#{jobParameters['" + FileSteps.PARTITIONS + "'] ?: '0'}")
                                          int partitions,
                                          RegistrationProcessor equipmentProcessor, RunRegistry runs,
                                          ItemStore items, CaseStore cases, RowOutcomes outcomes,
                                          CodAttachmentStore attachments, Clock clock, SerialLocks serialLocks) {
        ImportRun run = run(runs, range);
        ImportFile file = FileSteps.file(runs, range.getExecutionContext());
        return new RegistrationWriter(run, file.fileNo(), items, new CaseResolver(cases, run.runId(), run.dryRun(),
                clock), outcomes, equipmentProcessor.codDocuments(), attachments, clock,
                partitions > 0 ? serialLocks : null);
    }

    private static ImportRun run(RunRegistry runs, StepExecution range) {
        return runs.run(range.getExecutionContext().getString(RowRangePartitioner.RUN_ID));
    }
}
