package com.tmip.equipment;

import com.tmip.cases.CaseResolver;
import com.tmip.cases.CaseStore;
import com.tmip.cod.CodAttachmentStore;
import com.tmip.cod.CodDocuments;
import com.tmip.config.TmipProperties;
import com.tmip.equipment.rules.EquipmentValidator;
import com.tmip.report.RowOutcomes;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;
import com.tmip.run.RowRangePartitioner;
import com.tmip.run.RunRegistry;
import com.tmip.run.TableItemReader;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the registration job of one run: one chunk-oriented step per input file ({@code file-1}, {@code file-2},
 * …), each streaming its file, checking every row and writing the chunk's items, cases and failures in the chunk's
 * transaction. A restarted run skips the files it finished and resumes the others from their last committed chunk.
 * Step listeners in the application context (progress, tests) are attached to every file step.
 */
@Component
public class EquipmentJobFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final RunRegistry runs;
    private final ItemStore items;
    private final CaseStore cases;
    private final RowOutcomes outcomes;
    private final CodAttachmentStore attachments;
    private final Clock clock;
    private final int chunkSize;
    private final ObjectProvider<StepListener> listeners;
    private final SerialLocks serialLocks;

    public EquipmentJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RunRegistry runs, ItemStore items, CaseStore cases, RowOutcomes outcomes,
                               CodAttachmentStore attachments, Clock clock,
                               TmipProperties properties,
                               ObjectProvider<StepListener> listeners, SerialLocks serialLocks) {
        this.serialLocks = serialLocks;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.runs = runs;
        this.items = items;
        this.cases = cases;
        this.outcomes = outcomes;
        this.attachments = attachments;
        this.clock = clock;
        this.chunkSize = properties.chunkSize();
        this.listeners = listeners;
    }

    /** @param codDocuments the run's CoD files, shared with {@code validator}: verified once, stored by the writer */
    public Job build(ImportRun run, List<ImportFile> files, EquipmentValidator validator, CodDocuments codDocuments) {
        SimpleJobBuilder job = null;
        CaseResolver resolver = new CaseResolver(cases, run.runId(), run.dryRun(), clock);
        for (ImportFile file : files) {
            Step step = registerFileStep(run, file, validator, resolver, codDocuments);
            job = job == null ? new JobBuilder(EquipmentImport.JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        return job.build();
    }

    /**
     * The same job with each file split into row ranges ({@link RowRangePartitioner}): the file's step is a
     * partition step whose partitions run {@link EquipmentPartitionStep} through {@code handlers} (threads of this
     * process, or workers over the broker). A restarted run reruns only the partitions that did not complete.
     *
     * @param handlers a new partition handler per file step, with its grid size set
     * @param extra    entries every partition's context carries for the worker (e.g. the trust folder)
     */
    public Job buildPartitioned(List<ImportFile> files, Supplier<PartitionHandler> handlers,
                                Map<String, String> extra) {
        SimpleJobBuilder job = null;
        for (ImportFile file : files) {
            Step step = new StepBuilder("file-" + file.fileNo(), jobRepository)
                    .partitioner(EquipmentPartitionStep.NAME, new RowRangePartitioner(file, extra))
                    .partitionHandler(handlers.get())
                    .build();
            job = job == null ? new JobBuilder(EquipmentImport.JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        return job.build();
    }

    /** The step of one partition: rows {@code from} to {@code to} (exclusive, -1 for the end) of one file. */
    Step registerRangeStep(ImportRun run, ImportFile file, EquipmentValidator validator, CodDocuments codDocuments,
                           long from, long to) {
        CaseResolver resolver = new CaseResolver(cases, run.runId(), run.dryRun(), clock);
        var step = new StepBuilder(EquipmentPartitionStep.NAME, jobRepository)
                .<MappedRow<EquipmentRow>, CheckedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new TableItemReader<>("equipmentReader", file, runs, EquipmentColumns.matcher(),
                        EquipmentColumns::map, TableItemReader.DEFAULT_READ_AHEAD, from, to))
                .processor(mapped -> CheckedRow.of(mapped.source(), validator.check(mapped.row())))
                .writer(new RegistrationWriter(run, file.fileNo(), items, resolver, outcomes, codDocuments,
                        attachments, clock, serialLocks));
        listeners.orderedStream().forEach(step::listener);
        return step.build();
    }

    private Step registerFileStep(ImportRun run, ImportFile file, EquipmentValidator validator,
                                  CaseResolver resolver, CodDocuments codDocuments) {
        String name = "file-" + file.fileNo();
        var step = new StepBuilder(name, jobRepository)
                .<MappedRow<EquipmentRow>, CheckedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new TableItemReader<>("equipmentReader", file, runs, EquipmentColumns.matcher(),
                        EquipmentColumns::map))
                .processor(mapped -> CheckedRow.of(mapped.source(), validator.check(mapped.row())))
                .writer(new RegistrationWriter(run, file.fileNo(), items, resolver, outcomes, codDocuments,
                        attachments, clock));
        listeners.orderedStream().forEach(step::listener);
        return step.build();
    }
}
