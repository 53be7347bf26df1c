package com.tmip.equipment;

import com.tmip.cases.CaseStore;
import com.tmip.report.ReportWriter;
import com.tmip.run.FileSteps;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;
import com.tmip.run.SharedDatabase;
import com.tmip.run.UnsupportedRequestException;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code import-equipment}: creates (or, after a crash, resumes) a run over the given files, runs
 * {@link EquipmentImportJobConfiguration}'s job on it and writes its reports. Returns the process exit code of the
 * contract.
 */
@Service
public class EquipmentImport {

    public static final String JOB_NAME = "importEquipment";

    private final RunCoordinator coordinator;
    private final Job importEquipmentJob;
    private final ReportWriter reports;
    private final RegisteredReport registered;
    private final CaseStore cases;
    private final SharedDatabase sharedDatabase;

    public EquipmentImport(RunCoordinator coordinator, @Qualifier("importEquipmentJob") Job importEquipmentJob,
                           ReportWriter reports, RegisteredReport registered, CaseStore cases,
                           SharedDatabase sharedDatabase) {
        this.coordinator = coordinator;
        this.importEquipmentJob = importEquipmentJob;
        this.reports = reports;
        this.registered = registered;
        this.cases = cases;
        this.sharedDatabase = sharedDatabase;
    }

    public RunSummary run(EquipmentImportRequest command) {
        if (command.account() != null && command.partitions() > 0) {
            throw new UnsupportedRequestException("an import for one account runs unpartitioned");
        }
        if (command.remote()) {
            sharedDatabase.require("--remote");
        }
        return coordinator.execute(runRequest(command), importEquipmentJob, run -> {
            RegisteredReport.Written items = registered.write(run);
            return reports.write(run, items.acceptedPerFile(), cases.countsForRun(run.runId(), run.dryRun(),
                    items.caseIds()), items.path() == null ? Map.of() : Map.of("registered", items.path()),
                    EquipmentColumns.matcher(), Map.of("documentation", items.plans().toJson()),
                    RunSummary::exitCode);
        });
    }

    private static RunRequest runRequest(EquipmentImportRequest command) {
        String options = (command.codDir() == null ? "" : command.codDir().toString())
                + (command.trustDir() == null ? "" : "\u0000trust=" + command.trustDir())
                // a partitioned run resumes only as partitioned, on threads or workers alike and whatever N: Batch
                // reruns the unfinished partitions it recorded
                + (command.partitions() > 0 ? "\u0000partitioned" : "")
                + (command.account() == null ? "" : "\u0000account=" + command.account());
        Map<String, String> parameters = new HashMap<>();
        parameters.put(FileSteps.PARTITIONS, String.valueOf(command.partitions()));
        parameters.put(FileSteps.REMOTE, String.valueOf(command.remote()));
        if (command.trustDir() != null) {
            parameters.put(EquipmentImportJobConfiguration.TRUST_DIR, command.trustDir().toString());
        }
        if (command.account() != null) {
            parameters.put(EquipmentImportJobConfiguration.ONLY_ACCOUNT, command.account());
        }
        return new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(), command.codDir(),
                options, parameters);
    }
}
