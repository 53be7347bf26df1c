package com.tmip.cli;

import java.nio.file.Path;
import java.util.List;

/** A parsed, validated command line. */
public sealed interface Command {

    /** {@code import-accounts FILE [--out DIR]} */
    record ImportAccounts(Path file, Path outDir) implements Command {
    }

    /**
     * {@code import-equipment FILE... [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--dry-run]}
     *
     * @param trustDir the trusted CA certificates for CoD signatures; null for {@code tmip.cod.trust-dir}
     */
    record ImportEquipment(List<Path> files, Path codDir, Path trustDir, Path outDir, boolean dryRun,
                           int partitions, boolean remote)
            implements Command {
        public ImportEquipment {
            files = List.copyOf(files);
        }

        /** Unpartitioned. */
        public ImportEquipment(List<Path> files, Path codDir, Path trustDir, Path outDir, boolean dryRun) {
            this(files, codDir, trustDir, outDir, dryRun, 0, false);
        }
    }

    /** {@code worker}: runs the partitions of remote imports sent over the broker until stopped. */
    record Worker() implements Command {
    }

    /** {@code import-users FILE... [--out DIR] [--dry-run]} */
    record ImportUsers(List<Path> files, Path outDir, boolean dryRun) implements Command {
        public ImportUsers {
            files = List.copyOf(files);
        }
    }

    /** {@code run-inbox DIR [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--every CRON]} */
    record RunInbox(Path inbox, Path codDir, Path trustDir, Path outDir, String every) implements Command {
    }

    /** {@code reconcile-credits LEDGER [--out DIR]} */
    record ReconcileCredits(Path ledger, Path outDir) implements Command {
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
