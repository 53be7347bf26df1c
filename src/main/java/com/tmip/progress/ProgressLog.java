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
    private String step;
    private long rows;
    private long startedAt;
    private long loggedAt;

    public ProgressLog(Clock clock, @Value("${tmip.progress.interval:10s}") Duration interval) {
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        rows = 0;
        startedAt = clock.millis();
        loggedAt = startedAt;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        rows += items.size();
        long now = clock.millis();
        if (now - loggedAt >= intervalMillis) {
            loggedAt = now;
            log.info("progress: {}: {} rows, {} rows/s", step, rows, rate(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long now = clock.millis();
        log.info("{} {}: {} rows in {} s ({} rows/s)", step, stepExecution.getStatus().name().toLowerCase(), rows,
                (now - startedAt) / 1000, rate(now));
        return null;
    }

    private long rate(long now) {
        return rows * 1000 / Math.max(1, now - startedAt);
    }
}
