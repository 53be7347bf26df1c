package com.tmip.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Logs one plain progress line per interval while a file step runs (rows done, rows per second), and one when it
 * ends: readable in a terminal, a cron mail or a log file alike. Row counts only, never row values.
 */
@Component
public class ProgressLog implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);

    private final Clock clock;
    private final long intervalMillis;
    /** Per thread: the partitions of a partitioned import run at once, each on its own thread. */
    private final ThreadLocal<Progress> current = new ThreadLocal<>();

    private static final class Progress {
        private String step;
        private long rows;
        private long startedAt;
        private long loggedAt;
    }

    public ProgressLog(Clock clock, @Value("${tmip.progress.interval:10s}") Duration interval) {
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Progress p = new Progress();
        p.step = stepExecution.getStepName();
        p.startedAt = clock.millis();
        p.loggedAt = p.startedAt;
        current.set(p);
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        Progress p = current.get();
        if (p == null) {
            return;
        }
        p.rows += items.size();
        long now = clock.millis();
        if (now - p.loggedAt >= intervalMillis) {
            p.loggedAt = now;
            log.info("progress: {}: {} rows, {} rows/s", p.step, p.rows, rate(p, now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Progress p = current.get();
        if (p == null) {
            return null;
        }
        current.remove();
        long now = clock.millis();
        log.info("{} {}: {} rows in {} s ({} rows/s)", p.step, stepExecution.getStatus().name().toLowerCase(), p.rows,
                (now - p.startedAt) / 1000, rate(p, now));
        return null;
    }

    private static long rate(Progress p, long now) {
        return p.rows * 1000 / Math.max(1, now - p.startedAt);
    }
}
