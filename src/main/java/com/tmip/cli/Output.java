package com.tmip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tmip.progress.ProgressDisplay;
import com.tmip.report.ReportWriter;
import com.tmip.run.Counts;
import com.tmip.run.RunSummary;
import com.tmip.terminal.TerminalText;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a command prints, in the mode the command line asked for: the table ({@link OutputMode#TABLE}), one JSON
 * document and nothing else on standard output ({@link OutputMode#JSON}), or errors only
 * ({@link OutputMode#QUIET}). Every command prints its outcome through {@link #print} or {@link #summary}, so
 * {@code --json} and {@code --quiet} hold for all of them.
 */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputMode mode;
    private final PrintStream out;
    private final PrintStream err;
    private final String database;

    /**
     * @param database the database the command uses, as {@link Databases#describe} names it
     */
    Output(OutputMode mode, PrintStream out, PrintStream err, String database) {
        this.mode = mode;
        this.out = out;
        this.err = err;
        this.database = database;
    }

    OutputMode mode() {
        return mode;
    }

    /** The database the command uses (its URL without parameters or credentials). */
    String database() {
        return database;
    }

    /** The table's stream: standard output in table mode, else a stream that drops everything. */
    PrintStream table() {
        return mode == OutputMode.TABLE ? out : new PrintStream(OutputStream.nullOutputStream(), true,
                StandardCharsets.UTF_8);
    }

    /**
     * Standard output in table and JSON mode, for a listing printed as it is read (too long to hold as one
     * document); a stream that drops everything when quiet.
     */
    PrintStream stream() {
        return mode == OutputMode.QUIET ? new PrintStream(OutputStream.nullOutputStream(), true,
                StandardCharsets.UTF_8) : out;
    }

    /** The outcome: {@code table} in table mode, {@code json} as the one JSON document, nothing when quiet. */
    void print(Object json, Consumer<PrintStream> table) {
        switch (mode) {
            case TABLE -> table.accept(out);
            case JSON -> json(json);
            case QUIET -> {
            }
        }
    }

    /** One line on standard error, {@code tmip: } first, control characters escaped. */
    void error(String message) {
        err.println("tmip: " + TerminalText.escape(message));
    }

    /** Runs an import with the progress display on an interactive terminal in table mode, then {@link #summary}. */
    int imported(ProgressDisplay progress, Supplier<RunSummary> run) {
        RunSummary summary;
        progress.attach(mode == OutputMode.TABLE && ProgressDisplay.interactive() ? out : null);
        try {
            summary = run.get();
        } finally {
            progress.detach();
        }
        return summary(summary, summary.exitCode(), table -> SummaryPrinter.print(summary, table), quietLine(summary));
    }

    /**
     * A run's outcome: the summary table (and {@code table}'s lines), its {@code summary.json}, or when quiet and
     * the run did not end with 0, {@code quietLine} on standard error.
     */
    int summary(RunSummary summary, int exitCode, Consumer<PrintStream> table, String quietLine) {
        switch (mode) {
            case TABLE -> table.accept(out);
            case JSON -> out.println(TerminalText.escapeKeepingLines(summaryJson(summary).strip()));
            case QUIET -> {
                if (exitCode != CommandRunner.ALL_ACCEPTED) {
                    error(quietLine);
                }
            }
        }
        return exitCode;
    }

    /** "run R: N of M rows not accepted (…); see failures.csv": what {@code --quiet} says of a run with rejections. */
    static String quietLine(RunSummary summary) {
        Counts total = summary.total();
        return String.format("run %s: %d of %d rows not accepted (%d rejected, %d duplicates), %d files with problems;"
                        + " see %s", summary.runId(), total.rejected() + total.duplicates(), total.rowsRead(),
                total.rejected(), total.duplicates(), summary.filesWithProblems(), summary.reports().get("failures"));
    }

    /** The run's summary.json as written (with what the job added to it), or the summary's own JSON. */
    private static String summaryJson(RunSummary summary) {
        String file = summary.reports().get("summary");
        if (file != null && Files.isRegularFile(Path.of(file))) {
            try {
                return Files.readString(Path.of(file));
            } catch (IOException e) {
                // fall back to the summary itself
            }
        }
        return ReportWriter.toJson(summary);
    }

    private void json(Object value) {
        try {
            out.println(TerminalText.escapeKeepingLines(JSON.writeValueAsString(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
