package com.tmip.run;

import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

import java.util.List;
import java.util.function.Function;

/**
 * The one topology of a file job: the run's files in order, each a partitioned step ({@code file-1}, {@code file-2},
 * …) over row ranges of its file ({@link RowRangePartitioner}), whose partitions all run the job's range step. How
 * the partitions run is chosen per run: one range in this thread, N ranges on N threads ({@link #inProcess}), or
 * on workers over the broker (a file step the remote partitioning builds). A restarted run skips the files it
 * finished and reruns only the partitions that did not complete, from their last committed chunk.
 */
public final class FileSteps {

    /** Job parameter: the row ranges per file, 0 (or absent) for one range in the run's own thread. */
    public static final String PARTITIONS = "partitions";
    /** Job parameter: "true" when the ranges go to workers over the broker. */
    public static final String REMOTE = "remote";
    /** The channel a manager sends partition requests to (present with remote partitioning). */
    public static final String REQUESTS_CHANNEL = "partitionRequests";
    /** The channel a worker receives partition requests on (present in a {@code worker}). */
    public static final String WORKER_REQUESTS_CHANNEL = "partitionRequestsReceived";
    /** The channel a worker sends each partition's outcome to, once it has run (present in a {@code worker}). */
    public static final String WORKER_REPLIES_CHANNEL = "partitionsRun";

    private FileSteps() {
    }

    /** The name of file {@code fileNo}'s step. */
    public static String name(ImportFile file) {
        return "file-" + file.fileNo();
    }

    /**
     * One step that runs the files' steps in order.
     *
     * @param fileStep the partitioned step of one file, named {@link #name(ImportFile)}
     */
    public static Step inOrder(String name, JobRepository jobRepository, List<ImportFile> files,
                               Function<ImportFile, Step> fileStep) {
        FlowBuilder<SimpleFlow> flow = new FlowBuilder<>(name + ".files");
        for (int i = 0; i < files.size(); i++) {
            Step step = fileStep.apply(files.get(i));
            if (i == 0) {
                flow.start(step);
            } else {
                flow.next(step);
            }
        }
        Flow built = flow.build();
        return new StepBuilder(name, jobRepository).flow(built).build();
    }

    /**
     * The step of one file whose ranges run in this process: {@code partitions} ranges on as many threads, or
     * (0) the whole file as one range in the caller's thread.
     */
    public static Step inProcess(JobRepository jobRepository, ImportFile file, Step rangeStep, int partitions) {
        TaskExecutor executor;
        if (partitions <= 0) {
            executor = new SyncTaskExecutor();
        } else {
            SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("tmip-partition-");
            threads.setConcurrencyLimit(partitions);
            executor = threads;
        }
        return new StepBuilder(name(file), jobRepository)
                .partitioner(rangeStep.getName(), new RowRangePartitioner(file))
                .step(rangeStep)
                .taskExecutor(executor)
                .gridSize(Math.max(1, partitions))
                .build();
    }

    /** The file of a range step's partition, from its execution context. */
    public static ImportFile file(RunRegistry runs, ExecutionContext partition) {
        String runId = partition.getString(RowRangePartitioner.RUN_ID);
        int fileNo = partition.getInt(RowRangePartitioner.FILE_NO);
        return runs.file(runId, fileNo);
    }

    /** The label of a range step's execution for people: {@code file-N} when it is the whole file. */
    public static String label(String stepName, ExecutionContext partition) {
        if (partition.containsKey(RowRangePartitioner.FILE_NO) && partition.getLong(RowRangePartitioner.FROM, 0) == 0
                && partition.getLong(RowRangePartitioner.TO, 0) == -1) {
            return "file-" + partition.getInt(RowRangePartitioner.FILE_NO);
        }
        return stepName;
    }
}
