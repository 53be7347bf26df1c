package com.tmip.attach;

import com.tmip.cod.CodVerifiers;
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
 * {@code attach-cods DIR [--trust-dir DIR] [--out DIR] [--dry-run]}: runs {@link AttachCodsJobConfiguration}'s job
 * over the certificates of the folder (restartable like the imports: the same folder again resumes its unfinished
 * run) and writes the reports: {@code attached.csv}, {@code failures.csv}, {@code summary.json}. In the summary each
 * certificate is a file and each serial it lists a row: accepted when attached, a duplicate when this certificate
 * documents it already, rejected otherwise.
 */
@Service
public class AttachCods {

    public static final String JOB_NAME = "attachCods";

    private final RunCoordinator coordinator;
    private final Job attachCodsJob;
    private final ReportWriter reports;
    private final AttachStore store;
    private final CodVerifiers verifiers;

    public AttachCods(RunCoordinator coordinator, @Qualifier("attachCodsJob") Job attachCodsJob, ReportWriter reports,
                      AttachStore store, CodVerifiers verifiers) {
        this.coordinator = coordinator;
        this.attachCodsJob = attachCodsJob;
        this.reports = reports;
        this.store = store;
        this.verifiers = verifiers;
    }

    public Result run(AttachCodsRequest command) {
        CertificateFolder folder = CertificateFolder.of(command.folder(), command.only());
        String options = "trust=" + (command.trustDir() == null ? "" : command.trustDir().toAbsolutePath())
                + "\u0000" + folder.fingerprint(verifiers.maxBytes())
                + (command.account() == null ? "" : "\u0000account=" + command.account());
        RunRequest request = new RunRequest(JOB_NAME, folder.paths(), command.dryRun(), command.outDir(),
                command.folder().toAbsolutePath(), options);
        RunSummary summary = coordinator.execute(request, folder.inspections(),
                Map.of(AttachCodsJobConfiguration.TRUST_DIR,
                        command.trustDir() == null ? "" : command.trustDir().toAbsolutePath().toString(),
                        AttachCodsJobConfiguration.ONLY_ACCOUNT, command.account() == null ? "" : command.account()),
                (run, files) -> attachCodsJob,
                run -> reports.write(run, AttachStore.ATTACHED_PER_FILE, new CaseCounts(0, store.casesOf(run.runId())),
                        Map.of("attached", store.writeAttached(run)), Map.of(), AttachCods::exitCode));
        return new Result(summary, exitCode(summary));
    }

    /**
     * 0 when no certificate and no serial was rejected, even if nothing was new (every serial documented by its
     * certificate already: the same folder again); else 3.
     */
    static int exitCode(RunSummary summary) {
        return summary.total().rejected() + summary.filesWithProblems() > 0 ? 3 : 0;
    }

    /** The run's summary and its exit code. */
    public record Result(RunSummary summary, int exitCode) {
    }
}
