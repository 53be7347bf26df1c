package com.tmip.attach;

import com.tmip.cases.ItemState;
import com.tmip.cod.CodAttachmentStore;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodVerification;
import com.tmip.equipment.SerialLocks;
import com.tmip.report.RowOutcomes;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.FileProblem;
import com.tmip.run.FileStatus;
import com.tmip.run.RunRegistry;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a chunk of verified certificates in the chunk's transaction. First it locks every serial they list
 * ({@link SerialLocks}: no other run can document them meanwhile). Then for each certificate: forgets what an earlier
 * attempt of the same chunk recorded for it, decides with {@link CertificateRules}, documents the items it attaches
 * (only those still awaiting a certificate), stores the certificate once by its SHA-256, and records its lines and
 * its failures. A dry run records the same lines and failures, changes no item and stores no certificate. For a run
 * restricted to one account, the items of other accounts are left out of the look-up: their serials are not
 * registered as far as this run knows, and no message names them.
 */
class AttachWriter implements ItemWriter<VerifiedCertificate> {

    static final String SERIAL_COLUMN = "serial_number";

    private final String runId;
    private final boolean dryRun;
    private final String onlyAccount;
    private final AttachStore store;
    private final RunRegistry runs;
    private final RowOutcomes outcomes;
    private final SerialLocks locks;
    private final CodAttachmentStore attachments;
    private final Clock clock;
    private final CertificateRules rules = new CertificateRules();

    /** @param onlyAccount the one account whose items the run may document, or null for any */
    AttachWriter(String runId, boolean dryRun, String onlyAccount, AttachStore store, RunRegistry runs,
                 RowOutcomes outcomes, SerialLocks locks, CodAttachmentStore attachments, Clock clock) {
        this.runId = runId;
        this.dryRun = dryRun;
        this.onlyAccount = onlyAccount;
        this.store = store;
        this.runs = runs;
        this.outcomes = outcomes;
        this.locks = locks;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends VerifiedCertificate> chunk) {
        LocalDateTime now = LocalDateTime.now(clock);
        // Every serial the chunk's certificates list, locked at once and in one order (SerialLocks sorts them): two
        // runs over folders that share serials wait for each other instead of deadlocking.
        TreeSet<String> listed = new TreeSet<>();
        for (VerifiedCertificate certificate : chunk) {
            if (certificate.verification().isVerified()) {
                listed.addAll(certificate.verification().document().listedSerials());
            }
        }
        locks.lock(listed);
        for (VerifiedCertificate certificate : chunk) {
            write(certificate, now);
        }
    }

    private void write(VerifiedCertificate certificate, LocalDateTime now) {
        int fileNo = certificate.file().fileNo();
        String fileName = certificate.file().fileName();
        store.clear(runId, fileNo);
        CodVerification verification = certificate.verification();
        if (!verification.isVerified()) {
            reject(fileNo, verification.problem().code(), verification.message());
            return;
        }
        CodDocument document = verification.document();
        store.recordFile(runId, fileNo, document.sha256(), document.sizeBytes());
        runs.recordHeader(runId, fileNo, "", List.of(SERIAL_COLUMN), List.of());
        List<String> serials = new ArrayList<>(new TreeSet<>(document.listedSerials()));
        Map<String, HeldItem> held = store.held(serials);
        if (onlyAccount != null) {
            held.values().removeIf(item -> !onlyAccount.equals(item.accountId()));
        }
        CertificateRules.Decision decision = rules.decide(fileName, document, runId, held,
                store.attachedByOtherFiles(runId, fileNo, serials));
        if (decision.rejectedWhole()) {
            reject(fileNo, decision.fileCode().code(), decision.fileMessage());
            return;
        }
        List<CertificateRules.Line> attached = decision.lines().stream()
                .filter(l -> l.kind() == CertificateRules.Kind.ATTACH).toList();
        if (!dryRun && !attached.isEmpty()) {
            store.document(runId, attached.stream().map(CertificateRules.Line::serial)
                    .filter(s -> held.get(s).state() == ItemState.AWAITING_CERTIFICATE).toList(),
                    document.sha256(), fileName, now);
            locks.lockCodAttachments();
            attachments.attach(List.of(certificate.attachment()), runId, now);
        }
        store.addLines(runId, fileNo, document.sha256(), attached);
        List<RowFailure> failures = new ArrayList<>();
        for (CertificateRules.Line line : decision.lines()) {
            if (line.kind() != CertificateRules.Kind.ATTACH) {
                failures.add(new RowFailure(line.rowNo(),
                        line.kind() == CertificateRules.Kind.DUPLICATE ? Outcome.DUPLICATE : Outcome.REJECTED,
                        List.of(line.serial()), List.of(new Violation(SERIAL_COLUMN, line.code(), line.message(),
                        line.serial()))));
            }
        }
        outcomes.record(runId, fileNo, failures);
        runs.finishFile(runId, fileNo, FileStatus.READ, null);
    }

    private void reject(int fileNo, String rule, String message) {
        runs.finishFile(runId, fileNo, FileStatus.REJECTED, new FileProblem(rule, message, 0));
    }
}
