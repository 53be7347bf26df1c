package com.tmip.cli;

import com.tmip.credits.ReconciliationConsole;
import com.tmip.credits.ReconciliationTotals;
import com.tmip.report.ReportWriter;
import com.tmip.run.Counts;
import com.tmip.run.FileSummary;
import com.tmip.run.RunSummary;
import com.tmip.terminal.TerminalText;

import java.io.PrintStream;
import java.nio.file.Path;
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
            String upload = ReportWriter.fixAndUpload(summary, file);
            if (upload != null) {
                out.printf("%s: fix the marked cells in %s and upload that file again%n", shorten(file.fileName()),
                        TerminalText.escape(Path.of(upload).getFileName().toString()));
            }
            if (!file.unknownColumns().isEmpty()) {
                out.printf("%s: ignored unknown columns: %s%n", shorten(file.fileName()),
                        TerminalText.escape(String.join(", ", file.unknownColumns())));
            }
        }
        printRepeated(summary, out);
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
        printFileProblems(summary, out);
    }

    /** Per file, the rows that repeat exactly what an earlier run registered: nothing new, not a failure. */
    private static void printRepeated(RunSummary summary, PrintStream out) {
        for (FileSummary file : summary.files()) {
            if (file.repeatedRows() > 0) {
                out.printf("%s: %s%d rows already registered%s by run %s%n", shorten(file.fileName()),
                        file.nothingNew() ? "nothing new: " : "", file.repeatedRows(),
                        file.nothingNew() ? "" : ", unchanged,", String.join(", ", file.repeated().keySet()));
            }
        }
    }

    /** Why files were rejected or cut short, one line each: printed last, as what the partner must act on. */
    private static void printFileProblems(RunSummary summary, PrintStream out) {
        boolean first = true;
        for (FileSummary file : summary.files()) {
            if (file.problem() != null) {
                if (first) {
                    out.println();
                    first = false;
                }
                out.printf("%s: %s: %s: %s%n", shorten(file.fileName()), file.status().name().toLowerCase(),
                        file.problem().rule(), TerminalText.escape(file.problem().message()));
            }
        }
    }

    /** The outcomes of a reconciliation per currency, the ledger's totals and what is owed per account. */
    static void printReconciliation(ReconciliationTotals totals, PrintStream out) {
        out.println();
        ReconciliationConsole.lines(totals).forEach(line -> out.println(TerminalText.escape(line)));
    }

    private static String shorten(String fileName) {
        String name = TerminalText.escape(fileName);
        return name.length() <= 40 ? name : "…" + name.substring(name.length() - 39);
    }
}
