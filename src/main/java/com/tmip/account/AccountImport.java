package com.tmip.account;

import com.tmip.cli.Command;
import com.tmip.equipment.Violation;
import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatcher;
import com.tmip.report.CaseCounts;
import com.tmip.report.Outcome;
import com.tmip.report.ReportWriter;
import com.tmip.report.RowFailure;
import com.tmip.report.RowOutcomes;
import com.tmip.report.RunSummary;
import com.tmip.run.ImportFile;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRegistry;
import com.tmip.run.RunRequest;
import com.tmip.run.TableItemReader;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code import-accounts FILE}: loads the known accounts ({@code account_id}, {@code account_name}), inserting or
 * updating each by id. The same id twice in one file: the first row wins, the later one is a duplicate.
 */
@Service
public class AccountImport {

    public static final String JOB_NAME = "importAccounts";
    static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec("account_id", true, List.of("Account ID", "Account Number", "Account No", "ID")),
            new ColumnSpec("account_name", true, List.of("Account Name", "Associated Account", "Name")));

    private final RunCoordinator coordinator;
    private final RunRegistry runs;
    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final AccountStore accounts;
    private final RowOutcomes outcomes;
    private final ReportWriter reports;
    private final Clock clock;

    public AccountImport(RunCoordinator coordinator, RunRegistry runs, JobRepository jobRepository,
                         PlatformTransactionManager transactionManager, AccountStore accounts, RowOutcomes outcomes,
                         ReportWriter reports, Clock clock) {
        this.coordinator = coordinator;
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.reports = reports;
        this.clock = clock;
    }

    public RunSummary run(Command.ImportAccounts command) {
        RunRequest request = new RunRequest(JOB_NAME, List.of(command.file()), false, command.outDir(), null, "");
        return coordinator.execute(request, (run, files) -> job(run, files.get(0)),
                run -> reports.write(run, "SELECT 1, COUNT(*) FROM account WHERE run_id = ?", CaseCounts.NONE,
                        Map.of()));
    }

    private Job job(ImportRun run, ImportFile file) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("file-1", jobRepository)
                        .<MappedRow<AccountRow>, MappedRow<AccountRow>>chunk(500)
                        .transactionManager(transactionManager)
                        .reader(new TableItemReader<>("accountReader", file, runs, new HeaderMatcher(COLUMNS),
                                (header, source) -> new AccountRow(source.rowNumber(),
                                        source.cell(header.index("account_id")),
                                        source.cell(header.index("account_name")))))
                        .writer(chunk -> write(run, chunk))
                        .build())
                .build();
    }

    private void write(ImportRun run, Chunk<? extends MappedRow<AccountRow>> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        Map<String, MappedRow<AccountRow>> valid = new LinkedHashMap<>();
        List<MappedRow<AccountRow>> repeats = new ArrayList<>();
        for (MappedRow<AccountRow> row : chunk) {
            List<Violation> violations = new ArrayList<>();
            row.source().problems().forEach(p -> violations.add(new Violation(p.column(), p.rule(), p.message(), "")));
            violations.addAll(row.row().violations());
            if (!violations.isEmpty()) {
                failures.add(new RowFailure(row.source().rowNumber(), Outcome.REJECTED, row.source().cells(), violations));
            } else if (valid.putIfAbsent(row.row().account().accountId(), row) != null) {
                repeats.add(row);
            }
        }
        Set<String> earlier = new HashSet<>(accounts.writtenByRun(run.runId(), valid.keySet()));
        List<Account> fresh = new ArrayList<>();
        for (MappedRow<AccountRow> row : valid.values()) {
            if (earlier.contains(row.row().account().accountId())) {
                repeats.add(row);
            } else {
                fresh.add(row.row().account());
            }
        }
        for (MappedRow<AccountRow> repeat : repeats) {
            failures.add(new RowFailure(repeat.source().rowNumber(), Outcome.DUPLICATE, repeat.source().cells(),
                    List.of(new Violation("account_id", "DUPLICATE_IN_FILE", "account id "
                            + repeat.row().account().accountId() + " appears earlier in this file; the first row is kept",
                            repeat.row().accountId()))));
        }
        accounts.upsert(run.runId(), fresh, LocalDateTime.now(clock));
        outcomes.record(run.runId(), 1, failures);
    }
}
