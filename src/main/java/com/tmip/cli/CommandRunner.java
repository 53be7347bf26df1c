package com.tmip.cli;

import com.tmip.account.AccountImport;
import com.tmip.cases.CaseListing;
import com.tmip.credits.CreditReconciliation;
import com.tmip.equipment.EquipmentImport;
import com.tmip.inbox.InboxPass;
import com.tmip.inbox.InboxResult;
import com.tmip.inbox.InboxSchedule;
import com.tmip.remote.PartitionWorker;
import com.tmip.report.RunSummary;
import com.tmip.run.RunFailedException;
import com.tmip.run.RunRefusedException;
import com.tmip.users.UserImport;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

    public CommandRunner(EquipmentImport equipment, AccountImport accounts, UserImport users, CaseListing cases,
                         InboxPass inbox, InboxSchedule schedule, CreditReconciliation credits,
                         PartitionWorker worker) {
        this.worker = worker;
        this.equipment = equipment;
        this.accounts = accounts;
        this.users = users;
        this.cases = cases;
        this.inbox = inbox;
        this.schedule = schedule;
        this.credits = credits;
    }

    public int run(Command command, PrintStream out, PrintStream err) {
        try {
            if (command instanceof Command.ImportEquipment c) {
                return finished(equipment.run(c), out);
            }
            if (command instanceof Command.ImportAccounts c) {
                return finished(accounts.run(c), out);
            }
            if (command instanceof Command.ImportUsers c) {
                return finished(users.run(c), out);
            }
            if (command instanceof Command.ReconcileCredits c) {
                CreditReconciliation.Result result = credits.run(c);
                SummaryPrinter.print(result.summary(), out);
                SummaryPrinter.printReconciliation(result.totals(), out);
                return result.exitCode();
            }
            if (command instanceof Command.ListCases c) {
                return listCases(c, out, err);
            }
            if (command instanceof Command.RunInbox c) {
                return runInbox(c, out, err);
            }
            if (command instanceof Command.Worker) {
                return worker.run(out);
            }
            return ALL_ACCEPTED;
        } catch (UsageException e) {
            err.println("tmip: " + e.getMessage());
            return USAGE_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ALL_ACCEPTED;
        } catch (RunRefusedException e) {
            err.println("tmip: " + e.getMessage());
            return RUN_FAILED;
        } catch (RunFailedException | DataAccessException | UncheckedIOException e) {
            err.println("tmip: the run failed: " + describe(e));
            err.println("tmip: run the same command again to resume where it stopped.");
            return RUN_FAILED;
        }
    }

    private int runInbox(Command.RunInbox command, PrintStream out, PrintStream err) {
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
            err.println("tmip: another pass over " + command.inbox() + " is running; this one did nothing");
            return ALL_ACCEPTED;
        }
        for (InboxResult.Processed p : result.processed()) {
            var total = p.summary().total();
            out.printf("%s/%s: run %s: read %d, accepted %d, rejected %d, duplicates %d -> %s%n", p.kind(),
                    p.fileName(), p.summary().runId(), total.rowsRead(), total.accepted(), total.rejected(),
                    total.duplicates(), p.archivedIn());
        }
        result.failures().forEach(f -> err.println("tmip: not finished, the next pass resumes it: " + f));
        if (result.processed().isEmpty() && result.failures().isEmpty()) {
            out.println("nothing to do in " + command.inbox());
        }
        return result.exitCode();
    }

    private int listCases(Command.ListCases command, PrintStream out, PrintStream err) {
        PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
        if (!cases.print(command.account(), command.format(), writer)) {
            err.println("tmip: no known account matches '" + command.account() + "'");
            return USAGE_ERROR;
        }
        return ALL_ACCEPTED;
    }

    private static int finished(RunSummary summary, PrintStream out) {
        SummaryPrinter.print(summary, out);
        return summary.exitCode();
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
