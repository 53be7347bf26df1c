package com.tmip.cli;

import com.tmip.account.AccountImport;
import com.tmip.attach.AttachCods;
import com.tmip.cases.CaseListing;
import com.tmip.cases.CaseStore;
import com.tmip.credits.CreditReconciliation;
import com.tmip.equipment.EquipmentImport;
import com.tmip.history.PastRun;
import com.tmip.history.RunHistory;
import com.tmip.inbox.InboxPass;
import com.tmip.inbox.InboxRequest;
import com.tmip.inbox.InboxResult;
import com.tmip.inbox.InboxSchedule;
import com.tmip.progress.ProgressDisplay;
import com.tmip.remote.PartitionWorker;
import com.tmip.report.ReportWriter;
import com.tmip.run.CaseCounts;
import com.tmip.run.Counts;
import com.tmip.run.RunFailedException;
import com.tmip.run.RunRefusedException;
import com.tmip.run.RunSummary;
import com.tmip.run.UnsupportedRequestException;
import com.tmip.template.Templates;
import com.tmip.terminal.TerminalText;
import com.tmip.users.UserImport;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Runs a parsed command and maps its outcome to the exit codes of the contract. */
@Component
public class CommandRunner {

    public static final int ALL_ACCEPTED = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int FINISHED_WITH_REJECTIONS = 3;

    private final EquipmentImport equipment;
    private final AccountImport accounts;
    private final UserImport users;
    private final CaseListing cases;
    private final InboxPass inbox;
    private final InboxSchedule schedule;
    private final CreditReconciliation credits;
    private final PartitionWorker worker;
    private final CaseStore caseStore;
    private final RunHistory history;
    private final Templates templates;
    private final ProgressDisplay progress;
    private final AttachCods attachCods;

    public CommandRunner(EquipmentImport equipment, AccountImport accounts, UserImport users, CaseListing cases,
                         InboxPass inbox, InboxSchedule schedule, CreditReconciliation credits,
                         PartitionWorker worker, CaseStore caseStore, RunHistory history, Templates templates,
                         ProgressDisplay progress, AttachCods attachCods) {
        this.attachCods = attachCods;
        this.worker = worker;
        this.equipment = equipment;
        this.accounts = accounts;
        this.users = users;
        this.cases = cases;
        this.inbox = inbox;
        this.schedule = schedule;
        this.credits = credits;
        this.caseStore = caseStore;
        this.history = history;
        this.templates = templates;
        this.progress = progress;
    }

    /** Runs {@code command} in the {@link OutputMode#TABLE} mode. */
    public int run(Command command, PrintStream out, PrintStream err) {
        return run(command, OutputMode.TABLE, out, err);
    }

    public int run(Command command, OutputMode output, PrintStream out, PrintStream err) {
        try {
            if (command instanceof Command.ImportEquipment c) {
                return imported(() -> equipment.run(c.request()), output, out, err);
            }
            if (command instanceof Command.ImportAccounts c) {
                return imported(() -> accounts.run(c.request()), output, out, err);
            }
            if (command instanceof Command.ImportUsers c) {
                return imported(() -> users.run(c.request()), output, out, err);
            }
            if (command instanceof Command.AttachCods c) {
                return attached(c, output, out, err);
            }
            if (command instanceof Command.ReconcileCredits c) {
                CreditReconciliation.Result result = credits.run(c.request());
                SummaryPrinter.print(result.summary(), out);
                SummaryPrinter.printReconciliation(result.totals(), out);
                return result.exitCode();
            }
            if (command instanceof Command.ListCases c) {
                return listCases(c, out, err);
            }
            if (command instanceof Command.RunInbox c) {
                return runInbox(c.request(), out, err);
            }
            if (command instanceof Command.Worker) {
                return worker.run(out);
            }
            if (command instanceof Command.ListRuns c) {
                List<PastRun> runs = history.recent(c.limit());
                if (output == OutputMode.JSON) {
                    RunsPrinter.listJson(runs, out);
                } else if (output == OutputMode.TABLE) {
                    RunsPrinter.list(runs, out);
                }
                return ALL_ACCEPTED;
            }
            if (command instanceof Command.ShowRun c) {
                return showRun(c, output, out, err);
            }
            if (command instanceof Command.Template c) {
                Path written = templates.write(c.kind(), c.out());
                if (output == OutputMode.TABLE) {
                    out.println("template " + c.kind() + " written to " + TerminalText.escape(written));
                }
                return ALL_ACCEPTED;
            }
            return ALL_ACCEPTED;
        } catch (UsageException | UnsupportedRequestException e) {
            err.println("tmip: " + TerminalText.escape(e.getMessage()));
            return USAGE_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ALL_ACCEPTED;
        } catch (RunRefusedException e) {
            err.println("tmip: " + TerminalText.escape(e.getMessage()));
            return RUN_FAILED;
        } catch (RunFailedException | DataAccessException | UncheckedIOException e) {
            err.println("tmip: the run failed: " + TerminalText.escape(describe(e)));
            err.println("tmip: run the same command again to resume where it stopped.");
            return RUN_FAILED;
        }
    }

    private int runInbox(InboxRequest command, PrintStream out, PrintStream err) {
        if (command.every() != null) {
            try {
                schedule.runForever(command);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ALL_ACCEPTED;
        }
        InboxResult result = inbox.run(command);
        if (result.skipped()) {
            err.println("tmip: another pass over " + TerminalText.escape(command.inbox())
                    + " is running; this one did nothing");
            return ALL_ACCEPTED;
        }
        for (InboxResult.Processed p : result.processed()) {
            var total = p.summary().total();
            out.printf("%s/%s: run %s: read %d, accepted %d, rejected %d, duplicates %d -> %s%n", p.kind(),
                    TerminalText.escape(p.fileName()), p.summary().runId(), total.rowsRead(), total.accepted(),
                    total.rejected(), total.duplicates(), TerminalText.escape(p.archivedIn()));
        }
        result.failures().forEach(f -> err.println("tmip: not finished, the next pass resumes it: "
                + TerminalText.escape(f)));
        if (result.processed().isEmpty() && result.failures().isEmpty()) {
            out.println("nothing to do in " + TerminalText.escape(command.inbox()));
        }
        return result.exitCode();
    }

    /** The summary as the imports print it, and the job's own exit code (a folder attached already is 0). */
    private int attached(Command.AttachCods command, OutputMode output, PrintStream out, PrintStream err) {
        AttachCods.Result result = attachCods.run(command.request());
        RunSummary summary = result.summary();
        switch (output) {
            case TABLE -> SummaryPrinter.print(summary, out);
            case JSON -> out.println(TerminalText.escapeKeepingLines(ReportWriter.toJson(summary, result.exitCode())));
            case QUIET -> {
                if (result.exitCode() != ALL_ACCEPTED) {
                    err.printf("tmip: run %s: %d serials and %d certificates not attached; see %s%n",
                            summary.runId(), summary.total().rejected(), summary.filesWithProblems(),
                            TerminalText.escape(summary.reports().get("failures")));
                }
            }
        }
        return result.exitCode();
    }

    private int listCases(Command.ListCases command, PrintStream out, PrintStream err) {
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        if (!cases.print(command.account(), command.format(), writer)) {
            err.println("tmip: no known account matches '" + TerminalText.escape(command.account()) + "'");
            return USAGE_ERROR;
        }
        return ALL_ACCEPTED;
    }

    private int imported(Supplier<RunSummary> run, OutputMode output, PrintStream out, PrintStream err) {
        RunSummary summary;
        progress.attach(output == OutputMode.TABLE && ProgressDisplay.interactive() ? out : null);
        try {
            summary = run.get();
        } finally {
            progress.detach();
        }
        switch (output) {
            case TABLE -> SummaryPrinter.print(summary, out);
            case JSON -> out.println(TerminalText.escapeKeepingLines(ReportWriter.toJson(summary)));
            case QUIET -> {
                if (summary.exitCode() != ALL_ACCEPTED) {
                    Counts total = summary.total();
                    err.printf("tmip: run %s: %d of %d rows not accepted (%d rejected, %d duplicates), %d files with"
                                    + " problems; see %s%n", summary.runId(), total.rejected() + total.duplicates(),
                            total.rowsRead(), total.rejected(), total.duplicates(), summary.filesWithProblems(),
                            TerminalText.escape(summary.reports().get("failures")));
                }
            }
        }
        return summary.exitCode();
    }

    private int showRun(Command.ShowRun command, OutputMode output, PrintStream out, PrintStream err) {
        PastRun run = history.find(command.runId()).orElse(null);
        if (run == null) {
            List<String> recent = history.recent(50).stream().map(PastRun::runId).toList();
            err.println("tmip: no run "
                    + TerminalText.escape(command.runId() + Suggest.nearest(command.runId(), recent))
                    + " ('runs' lists them)");
            return USAGE_ERROR;
        }
        CaseCounts counts = run.job().equals(EquipmentImport.JOB_NAME)
                ? caseStore.countsForRun(run.runId(), run.dryRun()) : null;
        if (output == OutputMode.JSON) {
            RunsPrinter.showJson(run, counts, out);
        } else if (output == OutputMode.TABLE) {
            RunsPrinter.show(run, counts, out);
        }
        return ALL_ACCEPTED;
    }

    /** The innermost message of an exception chain, for a person: no class names, no stack trace. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("lockFile") || message.contains("Database lock acquisition failure")) {
            return "the embedded database is in use by another tmip process; run the command again when it has"
                    + " finished";
        }
        return e instanceof RunFailedException ? e.getMessage() : message;
    }
}
