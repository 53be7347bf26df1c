package com.tmip.portal;

import com.tmip.account.AccountImport;
import com.tmip.account.AccountImportRequest;
import com.tmip.attach.AttachCods;
import com.tmip.attach.AttachCodsRequest;
import com.tmip.config.TmipProperties;
import com.tmip.credits.CreditReconciliation;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.equipment.EquipmentImport;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.returns.RecordReturns;
import com.tmip.returns.RecordReturnsRequest;
import com.tmip.run.RunFailedException;
import com.tmip.run.RunRefusedException;
import com.tmip.run.RunSummary;
import com.tmip.run.UnsupportedRequestException;
import com.tmip.users.UserImport;
import com.tmip.users.UserImportRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs uploads in the background on the same jobs as the command line, through their request records: the upload
 * is stored with its owner account ({@code portal_upload}), its job runs on a thread of a small pool
 * ({@code tmip.portal.runs} at once), and its {@link LiveRun} shows the progress until it has finished.
 */
@Service
@ConditionalOnWebApplication
public class PortalRuns implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PortalRuns.class);

    private final EquipmentImport equipment;
    private final UserImport users;
    private final AccountImport accounts;
    private final CreditReconciliation credits;
    private final AttachCods attach;
    private final RecordReturns returns;
    private final UploadStore uploads;
    private final ExecutorService threads;
    private final Map<String, LiveRun> live = new ConcurrentHashMap<>();
    private volatile boolean running;

    public PortalRuns(EquipmentImport equipment, UserImport users, AccountImport accounts,
                      CreditReconciliation credits, AttachCods attach, RecordReturns returns, UploadStore uploads,
                      TmipProperties properties) {
        this.equipment = equipment;
        this.attach = attach;
        this.returns = returns;
        this.users = users;
        this.accounts = accounts;
        this.credits = credits;
        this.uploads = uploads;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Math.max(1, properties.portal().runs()), r -> {
            Thread t = new Thread(r, "tmip-portal-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The files of one upload, already on disk.
     *
     * @param list     the list, or null for certificates alone
     * @param codDir   the folder of the uploaded certificates, or null
     * @param fileName what the runs page calls the upload (the list's name, or the certificates')
     */
    public record Files(UploadKind kind, Path list, Path codDir, Path outDir, boolean dryRun, String fileName) {

        public Files(UploadKind kind, Path list, Path codDir, Path outDir, boolean dryRun) {
            this(kind, list, codDir, outDir, dryRun, list.getFileName().toString());
        }
    }

    /** Stores the upload and starts its run in the background. */
    public LiveRun start(String uploadId, PortalUser user, Files files) {
        // a partner's equipment, certificates, returns or users are its account's only; an Employee's any account's
        String account = files.kind().ownAccountOnly() ? user.uploadAccount() : null;
        // an Employee's upload is not tied to an account; a partner's is its account's
        String owner = user.isEmployee() ? null : user.accountId();
        uploads.insert(new Upload(uploadId, files.kind(), owner, user.getUsername(),
                files.fileName(), files.dryRun(), files.outDir().toString(), null,
                Upload.RUNNING, null, LocalDateTime.now(), null));
        LiveRun run = new LiveRun(uploadId, owner);
        live.put(uploadId, run);
        log.info("upload {}: {} by a portal user, run starting", uploadId, files.kind().id());
        threads.submit(() -> execute(run, files, account));
        return run;
    }

    public Optional<LiveRun> live(String uploadId) {
        return Optional.ofNullable(live.get(uploadId));
    }

    private void execute(LiveRun run, Files files, String account) {
        LiveRunListener.bind(run);
        String state = Upload.FAILED;
        String message = null;
        try {
            RunSummary summary = run(files, account);
            run.runId(summary.runId());
            uploads.runCreated(run.uploadId(), summary.runId());
            state = Upload.FINISHED;
        } catch (UnsupportedRequestException | RunRefusedException e) {
            message = e.getMessage();
        } catch (RunFailedException | DataAccessException | UncheckedIOException e) {
            message = "the run failed: " + rootMessage(e);
        } catch (RuntimeException e) {
            log.error("upload {}: the run failed", run.uploadId(), e);
            message = "the run failed: " + rootMessage(e);
        } finally {
            LiveRunListener.unbind();
        }
        try {
            uploads.finish(run.uploadId(), run.runId(), state, message, LocalDateTime.now());
        } finally {
            run.finished();
        }
        log.info("upload {}: run {} {}", run.uploadId(), run.runId(), state.toLowerCase(java.util.Locale.ROOT));
    }

    private RunSummary run(Files files, String account) {
        List<Path> list = files.list() == null ? List.of() : List.of(files.list());
        return switch (files.kind()) {
            case EQUIPMENT -> equipment.run(new EquipmentImportRequest(list, files.codDir(), null, files.outDir(),
                    files.dryRun(), 0, false, account));
            case CERTIFICATES -> attach.run(new AttachCodsRequest(files.codDir(), null, files.outDir(),
                    files.dryRun(), null, account)).summary();
            case RETURNS -> returns.run(new RecordReturnsRequest(list, files.outDir(), files.dryRun(), account));
            case USERS -> users.run(new UserImportRequest(list, files.outDir(), files.dryRun()));
            case ACCOUNT_USERS -> users.run(new UserImportRequest(list, files.outDir(), files.dryRun(),
                    java.util.Objects.requireNonNull(account, "a users upload for one account needs its account")));
            case ACCOUNTS -> accounts.run(new AccountImportRequest(files.list(), files.outDir()));
            case LEDGER -> credits.run(new CreditReconciliationRequest(files.list(), files.outDir())).summary();
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return e instanceof RunFailedException ? e.getMessage() : message;
    }

    @Override
    public void start() {
        int interrupted = uploads.markInterrupted(LocalDateTime.now());
        if (interrupted > 0) {
            log.info("{} upload(s) left running by an earlier portal marked failed", interrupted);
        }
        running = true;
    }

    @Override
    public void stop() {
        threads.shutdownNow();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
