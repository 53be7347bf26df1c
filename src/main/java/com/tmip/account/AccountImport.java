package com.tmip.account;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatcher;
import com.tmip.report.ReportWriter;
import com.tmip.run.CaseCounts;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * {@code import-accounts FILE}: runs {@link AccountImportJobConfiguration}'s job over the file and writes the
 * reports. It loads the known accounts ({@code account_id}, {@code account_name}), inserting or
 * updating each by id. The same id twice in one file: the first row wins, the later one is a duplicate.
 */
@Service
public class AccountImport {

    public static final String JOB_NAME = "importAccounts";
    static final String ACCOUNT_ID = "account_id";
    static final String ACCOUNT_NAME = "account_name";
    static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec(ACCOUNT_ID, true, List.of("Account ID", "Account Number", "Account No", "ID")),
            new ColumnSpec(ACCOUNT_NAME, true, List.of("Account Name", "Associated Account", "Name")));

    private final RunCoordinator coordinator;
    private final ReportWriter reports;
    private final Job importAccountsJob;

    public AccountImport(RunCoordinator coordinator, ReportWriter reports,
                         @Qualifier("importAccountsJob") Job importAccountsJob) {
        this.coordinator = coordinator;
        this.reports = reports;
        this.importAccountsJob = importAccountsJob;
    }

    public RunSummary run(AccountImportRequest command) {
        RunRequest request = new RunRequest(JOB_NAME, List.of(command.file()), false, command.outDir(), null, "");
        return coordinator.execute(request, (run, files) -> importAccountsJob,
                run -> reports.write(run, "SELECT 1, COUNT(*) FROM account WHERE run_id = ?", CaseCounts.NONE,
                        Map.of(), new HeaderMatcher(COLUMNS)));
    }
}
