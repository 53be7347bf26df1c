package com.tmip.attach;

import com.tmip.run.FileStatus;
import com.tmip.run.ImportFile;
import com.tmip.run.RunRegistry;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;

/**
 * The certificate files of a run that are still pending, in file order. Each file's outcome is recorded in the
 * transaction of the chunk that writes it, so a restarted step starts from the files no committed chunk finished:
 * the database, not only the reader's position, says where the run stopped.
 */
class CertificateReader implements ItemStreamReader<ImportFile> {

    private static final String READ_KEY = "certificates.read";

    private final String runId;
    private final RunRegistry runs;
    private List<ImportFile> pending = List.of();
    private int next;
    private long committedBefore;

    CertificateReader(String runId, RunRegistry runs) {
        this.runId = runId;
        this.runs = runs;
    }

    @Override
    public void open(ExecutionContext context) {
        pending = runs.files(runId).stream().filter(f -> f.status() == FileStatus.PENDING).toList();
        next = 0;
        committedBefore = context.getLong(READ_KEY, 0L);
    }

    @Override
    public ImportFile read() {
        return next < pending.size() ? pending.get(next++) : null;
    }

    /** Keeps how many certificates were handed out, over the restarts, for the step's history. */
    @Override
    public void update(ExecutionContext context) {
        context.putLong(READ_KEY, committedBefore + next);
    }

    @Override
    public void close() {
        pending = List.of();
    }
}
