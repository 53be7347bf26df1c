package com.tmip.cli;

import com.tmip.credits.ReconciliationTotals;
import com.tmip.history.PastFile;
import com.tmip.history.PastRun;
import com.tmip.run.CaseCounts;
import com.tmip.run.Counts;
import com.tmip.terminal.TerminalText;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Prints {@code runs} and {@code runs show RUN_ID}, as a table or as JSON. */
final class RunsPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunsPrinter() {
    }

    static void list(List<PastRun> runs, PrintStream out) {
        if (runs.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        Table table = new Table("run id", "job", "files", "started", "duration", "status", "read", "accepted",
                "rejected", "duplicates");
        for (PastRun run : runs) {
            Counts c = run.total();
            table.row(run.runId(), run.job() + (run.dryRun() ? " (dry run)" : ""), files(run), TIME.format(run.startedAt()),
                    duration(run.duration()), run.status(), c.rowsRead(), c.accepted(), c.rejected(),
                    c.duplicates());
        }
        table.print(out);
    }

    static void show(PastRun run, CaseCounts cases, ReconciliationTotals reconciliation, PrintStream out) {
        out.printf("run %s (%s)%s%n", run.runId(), run.job(), run.dryRun() ? " DRY RUN: nothing registered" : "");
        out.printf("status:   %s%n", run.status());
        out.printf("started:  %s%n", TIME.format(run.startedAt()));
        out.printf("finished: %s%n", run.finishedAt() == null ? "-" : TIME.format(run.finishedAt()));
        out.printf("duration: %s%n", duration(run.duration()));
        out.println();
        Table table = new Table("file", "read", "accepted", "rejected", "duplicates");
        for (PastFile file : run.files()) {
            Counts c = file.counts();
            table.row(file.fileName(), c.rowsRead(), c.accepted(), c.rejected(), c.duplicates());
        }
        Counts t = run.total();
        table.row("total", t.rowsRead(), t.accepted(), t.rejected(), t.duplicates());
        table.print(out);
        run.files().stream().filter(f -> f.problem() != null)
                .forEach(f -> out.printf("%s: %s: %s%n", TerminalText.escape(f.fileName()), f.status().toLowerCase(),
                        TerminalText.escape(f.problem())));
        if (cases != null) {
            out.printf("cases %s: %d, updated: %d%n", run.dryRun() ? "that would be created" : "created",
                    cases.created(), cases.updated());
        }
        if (reconciliation != null) {
            SummaryPrinter.printReconciliation(reconciliation, out);
        }
        List<Path> reports = reports(run);
        out.println();
        out.println(reports.isEmpty() ? "reports: none in " + TerminalText.escape(run.reportDir()) : "reports:");
        reports.forEach(report -> out.println("  " + TerminalText.escape(report)));
    }

    /** One run as {@code runs --json} and {@code runs show --json} print it (a map the caller may add to). */
    static Map<String, Object> toJson(PastRun run, CaseCounts cases) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run_id", run.runId());
        map.put("job", run.job());
        map.put("dry_run", run.dryRun());
        map.put("status", run.state().label());
        map.put("started_at", run.startedAt().toString());
        map.put("finished_at", run.finishedAt() == null ? null : run.finishedAt().toString());
        map.put("duration_seconds", run.duration().toSeconds());
        List<Object> files = new ArrayList<>();
        for (PastFile file : run.files()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", file.fileName());
            f.put("status", file.status());
            counts(f, file.counts());
            f.put("problem", file.problem());
            files.add(f);
        }
        map.put("files", files);
        Map<String, Object> total = new LinkedHashMap<>();
        counts(total, run.total());
        if (cases != null) {
            total.put("cases_created", cases.created());
            total.put("cases_updated", cases.updated());
        }
        map.put("total", total);
        map.put("reports", reports(run).stream().map(Path::toString).toList());
        return map;
    }

    private static void counts(Map<String, Object> target, Counts counts) {
        target.put("rows_read", counts.rowsRead());
        target.put("accepted", counts.accepted());
        target.put("rejected", counts.rejected());
        target.put("duplicates", counts.duplicates());
    }

    /** The report files in the run's folder, by name. */
    static List<Path> reports(PastRun run) {
        Path dir = run.reportDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String files(PastRun run) {
        String names = run.files().stream().map(PastFile::fileName).collect(Collectors.joining(", "));
        return names.length() <= 40 ? names : names.substring(0, 39) + "…";
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s"
                : (s / 3600) + "h" + String.format("%02d", (s % 3600) / 60) + "m";
    }
}
