package com.tmip.equipment;

import com.tmip.cases.CaseStore;
import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodVerifiers;
import com.tmip.remote.PartitionWorker;
import com.tmip.report.ReportWriter;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;
import com.tmip.run.UnsupportedRequestException;


import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

import java.util.Collections;
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
    private final EquipmentValidators validators;
    private final ReportWriter reports;
    private final RegisteredReport registered;
    private final CaseStore cases;
    private final CodVerifiers codVerifiers;
    private final EquipmentPartitionStep partitionStep;
    private final PartitionWorker partitioning;

    public EquipmentImport(RunCoordinator coordinator, EquipmentJobFactory jobs, EquipmentValidators validators,
                           ReportWriter reports, RegisteredReport registered, CaseStore cases,
                           CodVerifiers codVerifiers, EquipmentPartitionStep partitionStep,
                           PartitionWorker partitioning) {
        this.partitionStep = partitionStep;
        this.partitioning = partitioning;
        this.coordinator = coordinator;
        this.jobs = jobs;
        this.validators = validators;
        this.reports = reports;
        this.registered = registered;
        this.cases = cases;
        this.codVerifiers = codVerifiers;
    }

    public RunSummary run(EquipmentImportRequest command) {
        String options = (command.codDir() == null ? "" : command.codDir().toString())
                + (command.trustDir() == null ? "" : "\u0000trust=" + command.trustDir())
                // a partitioned run resumes only as partitioned (its steps' restart state differs), on threads or
                // workers alike and whatever N: Batch reruns the unfinished partitions it recorded
                + (command.partitions() > 0 ? "\u0000partitioned" : "")
                + (command.account() == null ? "" : "\u0000account=" + command.account());
        if (command.account() != null && command.partitions() > 0) {
            throw new UnsupportedRequestException("an import for one account runs unpartitioned");
        }
        RunRequest request = new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(),
                command.codDir(), options);
        if (command.remote()) {
            partitioning.requireSharedDatabase("--remote");
        }
        return coordinator.execute(request, (run, files) -> {
            if (command.partitions() > 0) {
                return jobs.buildPartitioned(files, () -> partitionHandler(command),
                        Collections.singletonMap(EquipmentPartitionStep.TRUST_DIR,
                                command.trustDir() == null ? null : command.trustDir().toString()));
            }
            CodDocuments codDocuments = codVerifiers.forRun(run.codDir(), command.trustDir());
            return jobs.build(run, files, validators.forRun(codDocuments, command.account()),
                    codDocuments);
        }, run -> {
            RegisteredReport.Written items = registered.write(run);
            return reports.write(run, items.acceptedPerFile(), cases.countsForRun(run.runId(), run.dryRun(),
                    items.caseIds()), Map.of("registered", items.path()), EquipmentColumns.matcher(), Map.of(),
                    RunSummary::exitCode);
        });
    }

    /**
     * Where the partitions of a file step run: {@code --remote}, on workers over the broker; otherwise on a pool of
     * threads of this process, one per partition.
     */
    private PartitionHandler partitionHandler(EquipmentImportRequest command) {
        if (command.remote()) {
            return partitioning.handlers().handler(EquipmentPartitionStep.NAME, command.partitions());
        }
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("tmip-partition-");
        threads.setConcurrencyLimit(command.partitions());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(command.partitions());
        return handler;
    }
}
