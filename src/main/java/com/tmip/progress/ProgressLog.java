package com.tmip.progress;

import com.tmip.config.TmipProperties;
import com.tmip.run.FileSteps;
import com.tmip.run.TableItemReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;

/**
 * Reports a file step's progress: on an interactive terminal ({@link ProgressDisplay}) one live line redrawn in
 * place a few times a second (rows, % of the input, rows per second, time left); otherwise one plain log line per
 * {@code tmip.progress.interval}, without control characters, readable in a cron mail or a log file. The fraction
 * read comes from the reader's execution context ({@link TableItemReader#PROGRESS_KEY}). Counts only, never row
 * values. The state is per thread: the partitions of a partitioned import run at once, each on its own thread.
 */
@Component
public class ProgressLog implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long REDRAW_MILLIS = 250;

    private final Clock clock;
    private final ProgressDisplay display;
    private final long intervalMillis;
    private final ThreadLocal<StepState> current = new ThreadLocal<>();

    /** The progress of the step running on one thread. */
    private static final class StepState {
        private StepExecution execution;
        private long rows;
        private long startedAt;
        private long shownAt;
        private int width;
        private Pace pace;
    }

    public ProgressLog(Clock clock, ProgressDisplay display, TmipProperties properties) {
        this.clock = clock;
        this.display = display;
        this.intervalMillis = properties.progress().interval().toMillis();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        StepState state = new StepState();
        state.execution = stepExecution;
        state.startedAt = clock.millis();
        state.shownAt = state.startedAt;
        state.pace = new Pace(state.startedAt);
        current.set(state);
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        StepState state = current.get();
        if (state == null) {
            return;
        }
        state.rows += items.size();
        long now = clock.millis();
        state.pace.chunkWritten(now);
        PrintStream terminal = display.terminal();
        if (now - state.shownAt < (terminal != null ? REDRAW_MILLIS : intervalMillis)) {
            return;
        }
        state.shownAt = now;
        Progress progress = snapshot(state, now);
        if (terminal != null) {
            redraw(state, terminal, progress.live());
        } else {
            log.info(progress.plain());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepState state = current.get();
        current.remove();
        if (state == null) {
            return null;
        }
        long now = clock.millis();
        PrintStream terminal = display.terminal();
        if (terminal != null && state.width > 0) {
            redraw(state, terminal, snapshot(state, now).live());
            terminal.println();
        }
        String label = FileSteps.label(stepExecution.getStepName(), stepExecution.getExecutionContext());
        log.info("{} {}: {} rows in {} s ({} rows/s)", label,
                stepExecution.getStatus().name().toLowerCase(), state.rows, (now - state.startedAt) / 1000,
                state.rows * 1000 / Math.max(1, now - state.startedAt));
        state.pace.flatness().ifPresent(flatness -> log.info("{} pace: {} chunks, last tenth / first tenth of the"
                + " time {}", label, state.pace.chunks(), String.format(Locale.ROOT, "%.2f",
                flatness)));
        return null;
    }

    private static Progress snapshot(StepState state, long now) {
        var context = state.execution.getExecutionContext();
        double fraction = context.containsKey(TableItemReader.PROGRESS_KEY)
                ? context.getDouble(TableItemReader.PROGRESS_KEY) : -1;
        return new Progress(FileSteps.label(state.execution.getStepName(), context), state.rows, fraction,
                now - state.startedAt);
    }

    /** Rewrites the line in place; spaces clear what a longer earlier line left. */
    private static void redraw(StepState state, PrintStream terminal, String line) {
        terminal.print("\r" + line + " ".repeat(Math.max(0, state.width - line.length())));
        terminal.flush();
        state.width = line.length();
    }
}
