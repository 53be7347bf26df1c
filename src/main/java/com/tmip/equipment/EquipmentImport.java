package com.tmip.equipment;

import com.tmip.account.AccountDirectory;
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
import com.tmip.run.InputKey;
import com.tmip.run.RunLauncher;
import com.tmip.run.RunRegistry;
import com.tmip.users.UserStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code import-equipment}: creates (or, after a crash, resumes) a run over the given files, runs the registration
 * job on it and writes its reports. Returns the process exit code of the contract.
 */
@Service
public class EquipmentImport {

    public static final String JOB_NAME = "importEquipment";
    private static final Logger log = LoggerFactory.getLogger(EquipmentImport.class);

    private final RunRegistry runs;
    private final RunLauncher launcher;
    private final EquipmentJobFactory jobs;
    private final AccountStore accounts;
    private final PlatformCatalog platforms;
    private final UserStore users;
    private final ReportWriter reports;
    private final RegisteredReport registered;
    private final CaseStore cases;
    private final CodVerifiers codVerifiers;
    private final Clock clock;

    public EquipmentImport(RunRegistry runs, RunLauncher launcher, EquipmentJobFactory jobs, AccountStore accounts,
                           PlatformCatalog platforms, UserStore users, ReportWriter reports,
                           RegisteredReport registered, CaseStore cases, CodVerifiers codVerifiers,
                           Clock clock) {
        this.runs = runs;
        this.launcher = launcher;
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
        List<RunRegistry.Inspection> inspections = InputKey.inspectAll(command.files());
        String key = InputKey.of(JOB_NAME, inspections, command.dryRun(),
                (command.codDir() == null ? "" : command.codDir().toString())
                        + (command.trustDir() == null ? "" : "\u0000trust=" + command.trustDir()));
        ImportRun run = runs.findUnfinished(JOB_NAME, key).orElseGet(() -> runs.create(JOB_NAME, key,
                command.dryRun(), command.outDir(), command.codDir(), inspections));
        if (run.resumed()) {
            log.info("resuming run {} where it stopped", run.runId());
        }
        CodDocuments codDocuments = codVerifiers.forRun(run.codDir(), command.trustDir());
        AccountDirectory directory = accounts.directory();
        EquipmentValidator validator = new EquipmentValidator(directory, platforms, codDocuments, users.snapshot(),
                LocalDate.now(clock));
        launcher.launch(jobs.build(run, runs.files(run.runId()), validator, codDocuments), run);
        log.info("run {}: {} CoD file(s) verified", run.runId(), codDocuments.verifiedCount());
        RunSummary summary = reports.write(run, RegisteredReport.acceptedPerFile(run.dryRun()),
                cases.countsForRun(run.runId(), run.dryRun()), Map.of("registered", registered.write(run)));
        runs.finishRun(run.runId(), "COMPLETED");
        return summary;
    }
}
