package com.tmip.credits;

import com.tmip.config.TmipProperties;
import com.tmip.report.CsvReport;
import com.tmip.report.ReportWriter;
import com.tmip.run.CaseCounts;
import com.tmip.run.ImportRun;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reconcile-credits LEDGER [--out DIR]}: loads the ledger ({@link CreditReconciliationJobConfiguration}'s
 * job, chunked and restartable like the imports), then reconciles its lines and the uncredited registered items
 * in one streaming pass over a database join, writing {@code reconciliation.csv}, {@code reconciliation.xlsx},
 * {@code owed.csv} (the credit still owed per account and currency) and the usual reports. Its totals are kept with
 * the run ({@link ReconciliationHistory}) for {@code runs show}.
 */
@Service
public class CreditReconciliation {

    public static final String JOB_NAME = "reconcileCredits";
    static final List<String> OWED_COLUMNS = List.of("account_id", "account_name", "currency", "uncredited_items",
            "owed_amount", "overdue_items", "overdue_amount");

    private final RunCoordinator coordinator;
    private final Job reconcileCreditsJob;
    private final ReportWriter reports;
    private final ReconciliationQuery query;
    private final ReconciliationHistory history;
    private final CreditRates rates;
    private final Period deadline;
    private final Clock clock;

    public CreditReconciliation(RunCoordinator coordinator, @Qualifier("reconcileCreditsJob") Job reconcileCreditsJob,
                                ReportWriter reports, ReconciliationQuery query, ReconciliationHistory history,
                                CreditRates rates, TmipProperties properties, Clock clock) {
        this.coordinator = coordinator;
        this.reconcileCreditsJob = reconcileCreditsJob;
        this.reports = reports;
        this.query = query;
        this.history = history;
        this.rates = rates;
        this.deadline = properties.documentationDeadline();
        this.clock = clock;
    }

    public Result run(CreditReconciliationRequest command) {
        RunRequest request = new RunRequest(JOB_NAME, List.of(command.ledger()), false, command.outDir(), null, "");
        ReconciliationTotals[] totals = new ReconciliationTotals[1];
        RunSummary summary = coordinator.execute(request, (run, files) -> reconcileCreditsJob, run -> {
            totals[0] = reconcile(run);
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("today", LocalDate.now(clock).toString());
            section.put("documentation_deadline", deadline.toString());
            section.put("credit_rates", rates.configured() ? "configured" : "none");
            section.putAll(totals[0].toJson());
            Map<String, Path> files = new LinkedHashMap<>(); // in the order the console lists them
            files.put("reconciliation_csv", run.reportDir().resolve("reconciliation.csv"));
            files.put("reconciliation_xlsx", run.reportDir().resolve("reconciliation.xlsx"));
            files.put("owed_csv", run.reportDir().resolve("owed.csv"));
            return reports.write(run, CreditStore.ACCEPTED_PER_FILE, CaseCounts.NONE, files,
                    LedgerColumns.matcher(), Map.of("reconciliation", section),
                    summaryOf -> exitCode(summaryOf, totals[0]));
        });
        return new Result(summary, totals[0], exitCode(summary, totals[0]));
    }

    /** 0 when every line was read, well-formed and MATCHED and no registered item is uncredited; else 3. */
    static int exitCode(RunSummary summary, ReconciliationTotals totals) {
        long notMatched = totals.counts().entrySet().stream()
                .filter(e -> e.getKey() != ReconciliationOutcome.MATCHED).mapToLong(Map.Entry::getValue).sum();
        return summary.exitCode() == 0 && notMatched == 0 ? 0 : 3;
    }

    /** The totals kept with a past reconciliation run, with its accounts' names; empty for any other run. */
    public Optional<ReconciliationTotals> stored(String runId) {
        return history.find(runId);
    }

    private ReconciliationTotals reconcile(ImportRun run) {
        OutcomeRules rules = new OutcomeRules(rates, LocalDate.now(clock));
        ReconciliationTotals totals = new ReconciliationTotals();
        query.ledgerTotals(run.runId(), totals);
        Path dir = run.reportDir();
        try (CsvReport csv = new CsvReport(dir.resolve("reconciliation.csv"), ReconciliationLine.COLUMNS);
             ReconciliationWorkbook xlsx = new ReconciliationWorkbook(dir.resolve("reconciliation.xlsx"))) {
            query.stream(run.runId(), rules, line -> {
                totals.add(line);
                csv.row(line.texts());
                xlsx.add(line);
            });
            totals.accountNames(query.accountNames(totals.accounts()));
            xlsx.finish(totals);
            csv.complete();
        }
        writeOwed(dir.resolve("owed.csv"), totals);
        history.save(run.runId(), totals);
        return totals;
    }

    /** owed.csv: per account and currency, the uncredited items, the credit they are owed and the overdue part. */
    private static void writeOwed(Path file, ReconciliationTotals totals) {
        try (CsvReport csv = new CsvReport(file, OWED_COLUMNS)) {
            totals.owedByAccount().forEach((key, owed) -> {
                boolean noRate = key.currency().equals(ReconciliationTotals.NO_RATE);
                csv.row(List.of(key.account(), totals.accountName(key.account()), key.currency(),
                        Long.toString(owed.items()), noRate ? "" : owed.amount().toPlainString(),
                        Long.toString(owed.overdueItems()), noRate ? "" : owed.overdueAmount().toPlainString()));
            });
            csv.complete();
        }
    }

    /** The run's summary, its reconciliation totals and the exit code. */
    public record Result(RunSummary summary, ReconciliationTotals totals, int exitCode) {
    }
}
