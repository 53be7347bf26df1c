package com.tmip.equipment;

import com.tmip.account.AccountStore;
import com.tmip.cases.CaseStore;
import com.tmip.cli.Command;
import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodVerifiers;
import com.tmip.equipment.rules.EquipmentValidator;
import com.tmip.reference.PlatformCatalog;
import com.tmip.report.ReportWriter;
import com.tmip.report.RunSummary;
import com.tmip.run.ImportRun;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.users.UserStore;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code import-equipment}: creates (or, after a crash, resumes) a run over the given files, runs the registration
 * job on it and writes its reports. Returns the process exit code of the contract.
 */
@Service
public class EquipmentImport {

    public static final String JOB_NAME = "importEquipment";

    private final RunCoordinator coordinator;
    private final EquipmentJobFactory jobs;
    private final AccountStore accounts;
    private final PlatformCatalog platforms;
    private final UserStore users;
    private final ReportWriter reports;
    private final RegisteredReport registered;
    private final CaseStore cases;
    private final CodVerifiers codVerifiers;
    private final Clock clock;

    public EquipmentImport(RunCoordinator coordinator, EquipmentJobFactory jobs, AccountStore accounts,
                           PlatformCatalog platforms, UserStore users, ReportWriter reports,
                           RegisteredReport registered, CaseStore cases, CodVerifiers codVerifiers,
                           Clock clock) {
        this.coordinator = coordinator;
        this.jobs = jobs;
        this.accounts = accounts;
        this.platforms = platforms;
        this.users = users;
        this.reports = reports;
        this.registered = registered;
        this.cases = cases;
        this.codVerifiers = codVerifiers;
        this.clock = clock;
    }

    public RunSummary run(Command.ImportEquipment command) {
        String options = (command.codDir() == null ? "" : command.codDir().toString())
                + (command.trustDir() == null ? "" : "\u0000trust=" + command.trustDir());
        RunRequest request = new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(),
                command.codDir(), options);
        return coordinator.execute(request, (run, files) -> {
            CodDocuments codDocuments = codVerifiers.forRun(run.codDir(), command.trustDir());
            return jobs.build(run, files, validator(codDocuments), codDocuments);
        }, run -> reports.write(run, RegisteredReport.acceptedPerFile(run.dryRun()),
                cases.countsForRun(run.runId(), run.dryRun()), Map.of("registered", registered.write(run)),
                EquipmentColumns.matcher()));
    }

    /** The row rules with the reference data as it is now: accounts, platforms, users and the run's CoD files. */
    private EquipmentValidator validator(CodDocuments codDocuments) {
        return new EquipmentValidator(accounts.directory(), platforms, codDocuments, users.snapshot(),
                LocalDate.now(clock));
    }
}
