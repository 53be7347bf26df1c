package com.tmip.portal;

import com.tmip.run.TableItemReader;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link LiveRun} of the upload that the current thread runs (the portal runs each upload's job on one
 * thread of its own, see {@link PortalRuns}): the run id when the first step starts, and rows and the fraction read
 * after each chunk. A step run by anything else (the command line, a partition thread) has no live run and is left
 * alone. Like the command line's progress, it is attached to every file step of the jobs.
 */
@Component
@ConditionalOnWebApplication
public class LiveRunListener implements StepExecutionListener, ItemWriteListener<Object> {

    private static final ThreadLocal<LiveRun> CURRENT = new ThreadLocal<>();
    private final ThreadLocal<StepExecution> step = new ThreadLocal<>();

    static void bind(LiveRun run) {
        CURRENT.set(run);
    }

    static void unbind() {
        CURRENT.remove();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        LiveRun live = CURRENT.get();
        if (live == null) {
            return;
        }
        step.set(stepExecution);
        String runId = stepExecution.getJobExecution().getJobParameters().getString("run.id");
        if (runId != null) {
            live.runId(runId);
        }
        live.stepStarted(stepExecution.getStepName());
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        LiveRun live = CURRENT.get();
        StepExecution execution = step.get();
        if (live == null || execution == null) {
            return;
        }
        var context = execution.getExecutionContext();
        live.written(items.size(), context.containsKey(TableItemReader.PROGRESS_KEY)
                ? context.getDouble(TableItemReader.PROGRESS_KEY) : -1);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        step.remove();
        return null;
    }
}
