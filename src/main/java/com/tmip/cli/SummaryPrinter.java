package com.tmip.cli;

import com.tmip.credits.ReconciliationOutcome;
import com.tmip.credits.ReconciliationTotals;
import com.tmip.run.Counts;
import com.tmip.run.FileSummary;
import com.tmip.run.RunSummary;
import com.tmip.terminal.TerminalText;

import java.io.PrintStream;
import java.util.Map;

/** The summary table a run prints at its end: per file and in total, cases, and the path of each report. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(RunSummary summary, PrintStream out) {
        out.printf("run %s (%s)%s%n", summary.runId(), summary.job(), summary.dryRun() ? " DRY RUN: nothing registered" : "");
        out.println();
        Table table = new Table("file", "read", "accepted", "rejected", "duplicates");
        for (FileSummary file : summary.files()) {
            Counts c = file.counts();
            table.row(shorten(file.fileName()), c.rowsRead(), c.accepted(), c.rejected(), c.duplicates());
        }
        Counts t = summary.total();
        table.row("total", t.rowsRead(), t.accepted(), t.rejected(), t.duplicates());
        table.print(out);
        for (FileSummary file : summary.files()) {
            if (file.problem() != null) {
                out.printf("%s: %s: %s: %s%n", shorten(file.fileName()), file.status().name().toLowerCase(),
                        file.problem().rule(), TerminalText.escape(file.problem().message()));
            }
            if (!file.unknownColumns().isEmpty()) {
                out.printf("%s: ignored unknown columns: %s%n", shorten(file.fileName()),
                        TerminalText.escape(String.join(", ", file.unknownColumns())));
            }
        }
        if (summary.job().equals("importEquipment")) {
            out.printf("%ncases %s: %d, updated: %d%n", summary.dryRun() ? "that would be created" : "created",
                    summary.casesCreated(), summary.casesUpdated());
        }
        if (summary.sections().get("documentation") instanceof Map<?, ?> plans) {
            Object earliest = plans.get("earliest_due_date");
            out.printf("awaiting certificate: %s%s%n", plans.get("awaiting_certificate"),
                    earliest == null ? "" : " (earliest due " + earliest + ")");
        }
        out.println();
        int width = summary.reports().keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        for (Map.Entry<String, String> report : summary.reports().entrySet()) {
            out.printf("%-" + width + "s %s%n", report.getKey().replace('_', '-') + ":",
                    TerminalText.escape(report.getValue()));
        }
    }

    /** The outcome counts of a reconciliation and, per currency, whether the ledger's total is accounted for. */
    static void printReconciliation(ReconciliationTotals totals, PrintStream out) {
        out.printf("%-40s %10s%n", "outcome", "count");
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            out.printf("%-40s %10d%n", outcome.name(), totals.count(outcome));
        }
        for (String currency : totals.currencies()) {
            out.printf("%s: ledger %s, matched %s%n", currency, totals.ledgerTotal(currency).toPlainString(),
                    totals.sum(currency, ReconciliationOutcome.MATCHED).toPlainString());
        }
    }

    private static String shorten(String fileName) {
        String name = TerminalText.escape(fileName);
        return name.length() <= 40 ? name : "…" + name.substring(name.length() - 39);
    }
}
