package com.tmip.progress;

import com.tmip.run.TableItemReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * Reports a file step's progress: on an interactive terminal ({@link ProgressDisplay}) one live line redrawn in
 * place a few times a second (rows, % of the input, rows per second, time left); otherwise one plain log line per
 * {@code tmip.progress.interval}, without control characters, readable in a cron mail or a log file. The fraction
 * read comes from the reader's execution context ({@link TableItemReader#PROGRESS_KEY}). Counts only, never row
 * values.
 */
@Component
public class ProgressLog implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long REDRAW_MILLIS = 250;

    private final Clock clock;
    private final ProgressDisplay display;
    private final long intervalMillis;
    private StepExecution execution;
    private long rows;
    private long startedAt;
    private long shownAt;
    private int width;

    public ProgressLog(Clock clock, ProgressDisplay display,
                       @Value("${tmip.progress.interval:10s}") Duration interval) {
        this.clock = clock;
        this.display = display;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        execution = stepExecution;
        rows = 0;
        startedAt = clock.millis();
        shownAt = startedAt;
        width = 0;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        rows += items.size();
        long now = clock.millis();
        PrintStream terminal = display.terminal();
        if (now - shownAt < (terminal != null ? REDRAW_MILLIS : intervalMillis)) {
            return;
        }
        shownAt = now;
        Progress progress = snapshot(now);
        if (terminal != null) {
            redraw(terminal, progress.live());
        } else {
            log.info(progress.plain());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long now = clock.millis();
        PrintStream terminal = display.terminal();
        if (terminal != null && width > 0) {
            redraw(terminal, snapshot(now).live());
            terminal.println();
        }
        log.info("{} {}: {} rows in {} s ({} rows/s)", stepExecution.getStepName(),
                stepExecution.getStatus().name().toLowerCase(), rows, (now - startedAt) / 1000,
                rows * 1000 / Math.max(1, now - startedAt));
        return null;
    }

    private Progress snapshot(long now) {
        double fraction = execution.getExecutionContext().containsKey(TableItemReader.PROGRESS_KEY)
                ? execution.getExecutionContext().getDouble(TableItemReader.PROGRESS_KEY) : -1;
        return new Progress(execution.getStepName(), rows, fraction, now - startedAt);
    }

    /** Rewrites the line in place; spaces clear what a longer earlier line left. */
    private void redraw(PrintStream terminal, String line) {
        terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        terminal.flush();
        width = line.length();
    }
}
