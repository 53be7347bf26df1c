package com.tmip.cli;

import com.tmip.account.AccountImportRequest;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.inbox.InboxRequest;
import com.tmip.users.UserImportRequest;

import java.nio.file.Path;

/** A parsed, validated command line. */
public sealed interface Command {

    /** {@code import-accounts FILE [--out DIR]} */
    record ImportAccounts(AccountImportRequest request) implements Command {
    }

    /**
     * {@code import-equipment FILE... [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--dry-run] [--partitions N
     * [--remote]]}
     */
    record ImportEquipment(EquipmentImportRequest request) implements Command {
    }

    /** {@code worker}: runs the partitions of remote imports sent over the broker until stopped. */
    record Worker() implements Command {
    }

    /** {@code import-users FILE... [--out DIR] [--dry-run]} */
    record ImportUsers(UserImportRequest request) implements Command {
    }

    /** {@code run-inbox DIR [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--every CRON]} */
    record RunInbox(InboxRequest request) implements Command {
    }

    /** {@code reconcile-credits LEDGER [--out DIR]} */
    record ReconcileCredits(CreditReconciliationRequest request) implements Command {
    }

    /** {@code cases [--account NAME] [--format table|csv]} */
    record ListCases(String account, String format) implements Command {
    }

    /** {@code runs [--limit N]}: past runs, newest first. */
    record ListRuns(int limit) implements Command {
    }

    /** {@code runs show RUN_ID}: one run's summary and report paths. */
    record ShowRun(String runId) implements Command {
    }

    /**
     * {@code serve [--port N] [--bind ADDRESS] [--trust-dir DIR]}: the partner portal, until stopped.
     *
     * @param trustDir the CA certificates for uploaded CoDs, or null for {@code tmip.cod.trust-dir}
     */
    record Serve(int port, String bind, Path trustDir) implements Command {
    }

    /** {@code template equipment|users|credits --out FILE.xlsx} */
    record Template(String kind, Path out) implements Command {
    }

    /**
     * {@code --help}, {@code help} or {@code COMMAND --help}: print the usage, or one command's help.
     *
     * @param command the command asked about, or null for the general usage
     */
    record Help(String command) implements Command {

        /** The text to print. */
        public String text() {
            return command == null ? Commands.usage() : Commands.ALL.get(command).help();
        }
    }
}
