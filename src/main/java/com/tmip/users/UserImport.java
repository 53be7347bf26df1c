package com.tmip.users;

import com.tmip.report.ReportWriter;
import com.tmip.run.CaseCounts;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.util.Map;

/**
 * {@code import-users FILE... [--out DIR] [--dry-run]}: creates (or, after a crash, resumes) a run over the given
 * files, runs {@link UserImportJobConfiguration}'s job on it and writes the reports; the summary's exit code is the
 * contract's.
 */
@Service
public class UserImport {

    public static final String JOB_NAME = "importUsers";

    private final RunCoordinator coordinator;
    private final ReportWriter reports;
    private final Job importUsersJob;
    private final UsersCreatedReport usersCreated;

    public UserImport(RunCoordinator coordinator, ReportWriter reports, @Qualifier("importUsersJob") Job importUsersJob,
                      UsersCreatedReport usersCreated) {
        this.usersCreated = usersCreated;
        this.coordinator = coordinator;
        this.reports = reports;
        this.importUsersJob = importUsersJob;
    }

    public RunSummary run(UserImportRequest command) {
        RunRequest request = new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(), null,
                command.account() == null ? "" : "account=" + command.account(),
                command.account() == null ? Map.of()
                        : Map.of(UserImportJobConfiguration.ONLY_ACCOUNT, command.account()));
        return coordinator.execute(request, importUsersJob,
                run -> reports.write(run, run.dryRun() ? UserStore.ACCEPTED_PER_FILE_DRY_RUN : UserStore.ACCEPTED_PER_FILE,
                        CaseCounts.NONE, Map.of("users_created", usersCreated.write(run)), UserColumns.matcher(),
                        new SecretCells()));
    }
}
