package com.tmip.inbox;

import com.tmip.account.AccountImport;
import com.tmip.account.AccountImportRequest;
import com.tmip.attach.AttachCods;
import com.tmip.attach.AttachCodsRequest;
import com.tmip.config.TmipProperties;
import com.tmip.credits.CreditReconciliation;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.equipment.EquipmentImport;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.files.PrivateFiles;
import com.tmip.returns.RecordReturns;
import com.tmip.returns.RecordReturnsRequest;
import com.tmip.run.FileStatus;
import com.tmip.run.FileSummary;
import com.tmip.run.RunFailedException;
import com.tmip.run.RunRefusedException;
import com.tmip.run.RunRegistry;
import com.tmip.run.RunSummary;
import com.tmip.users.UserImport;
import com.tmip.users.UserImportRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One pass over an inbox. Subfolders are taken in dependency order (accounts, users, equipment, the signed
 * certificates of {@code cod/}, returns, credits), files in name order, one run per file (one {@code attach-cods} run
 * for the certificates). A file is left for a later pass while it may still be written: hidden files,
 * {@code .part}/{@code .tmp} files and files modified within the settle time. A run that fails leaves its file
 * in place: the next pass runs the same import again, which resumes it. Once a run has completed, a hidden marker
 * records it before the file is moved, so a crash between the two never imports the file twice.
 */
@Service
public class InboxPass {

    private static final Logger log = LoggerFactory.getLogger(InboxPass.class);
    private static final String MARKER_PREFIX = ".done-";
    /** The inbox folder of signed certificates for {@code attach-cods}. */
    static final String CERTIFICATES = "cod";

    private final AccountImport accounts;
    private final UserImport users;
    private final EquipmentImport equipment;
    private final CreditReconciliation credits;
    private final RecordReturns returns;
    private final RunRegistry runs;
    private final AttachCods attach;
    private final Clock clock;
    private final Duration settle;

    public InboxPass(AccountImport accounts, UserImport users, EquipmentImport equipment,
                     CreditReconciliation credits, RecordReturns returns, AttachCods attach, RunRegistry runs,
                     Clock clock, TmipProperties properties) {
        this.returns = returns;
        this.attach = attach;
        this.runs = runs;
        this.accounts = accounts;
        this.users = users;
        this.equipment = equipment;
        this.credits = credits;
        this.clock = clock;
        this.settle = properties.inbox().settle();
    }

    /** Processes every settled file of the inbox once. */
    public InboxResult run(InboxRequest command) {
        Path inbox = command.inbox();
        try (FileChannel channel = FileChannel.open(inbox.resolve(".tmip-inbox.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                log.warn("inbox {}: another pass is running; this one does nothing", inbox);
                return new InboxResult(List.of(), List.of(), true);
            }
            List<InboxResult.Processed> processed = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            List<InboxResult.Waiting> waiting = new ArrayList<>();
            for (Map.Entry<String, BiFunction<Path, Path, RunSummary>> job : jobs(command).entrySet()) {
                for (Path file : settledFiles(inbox.resolve(job.getKey()), job.getKey(), waiting)) {
                    processOne(command, job.getKey(), file, job.getValue(), processed, failures);
                }
                if (job.getKey().equals("equipment")) {
                    attachCertificates(command, processed, failures, waiting);
                }
            }
            return new InboxResult(processed, failures, false, waiting);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    private void processOne(InboxRequest command, String kind, Path file,
                            BiFunction<Path, Path, RunSummary> importer, List<InboxResult.Processed> processed,
                            List<String> failures) throws IOException {
        Path inbox = command.inbox();
        Path marker = file.resolveSibling(MARKER_PREFIX + file.getFileName());
        Path day = inbox.resolve("archive").resolve(LocalDate.now(clock).toString());
        Path reportsOut = command.outDir() != null ? command.outDir() : day;
        if (Files.exists(marker)) {
            // The run completed in an earlier pass that stopped before moving the file.
            String runId = Files.readString(marker, StandardCharsets.UTF_8).trim();
            archive(file, day.resolve(runId), marker);
            log.info("inbox {}/{}: archived after run {} of an earlier pass", kind, file.getFileName(), runId);
            return;
        }
        RunSummary summary;
        try {
            summary = importer.apply(file, reportsOut);
        } catch (RunFailedException | RunRefusedException | DataAccessException | UncheckedIOException e) {
            failures.add(kind + "/" + file.getFileName() + ": " + e.getMessage());
            log.warn("inbox {}/{}: the run did not finish; the next pass resumes it", kind, file.getFileName());
            return;
        }
        Files.writeString(marker, summary.runId(), StandardCharsets.UTF_8);
        FileSummary fileSummary = summary.files().get(0);
        Path runDir = day.resolve(summary.runId());
        if (fileSummary.status() == FileStatus.REJECTED) {
            Path failed = inbox.resolve("failed").resolve(LocalDate.now(clock).toString()).resolve(summary.runId());
            privateFolder(failed.getParent(), inbox.resolve("failed"));
            if (Files.isDirectory(runDir)) {
                Files.move(runDir, failed, StandardCopyOption.ATOMIC_MOVE);
                runs.reportsMoved(summary.runId(), failed.getParent());
            }
            PrivateFiles.createDirectories(failed);
            Path reason = PrivateFiles.createFile(failed.resolve("REASON.txt"));
            Files.writeString(reason, fileSummary.problem().rule() + ": "
                    + fileSummary.problem().message() + System.lineSeparator(), StandardCharsets.UTF_8);
            runDir = failed;
        }
        archive(file, runDir, marker);
        processed.add(new InboxResult.Processed(kind, file.getFileName().toString(), runDir, summary));
        log.info("inbox {}/{}: run {} exit {}", kind, file.getFileName(), summary.runId(), summary.exitCode());
    }

    /**
     * The signed certificates of {@code cod/}, after the equipment lists of the same pass registered their plans: one
     * {@code attach-cods} run over the settled ones, each then archived beside the run's reports (with its
     * {@code .p7s}). A marker per certificate, written once the run completed, makes a crash before the move archive
     * it in the next pass without attaching it again. Left alone when {@code cod/} is the pass's {@code --cod-dir}:
     * its files are then the certificates equipment rows name.
     */
    private void attachCertificates(InboxRequest command, List<InboxResult.Processed> processed,
                                    List<String> failures, List<InboxResult.Waiting> waiting) throws IOException {
        Path folder = command.inbox().resolve(CERTIFICATES);
        if (command.codDir() != null && Files.isDirectory(folder)
                && Files.isSameFile(command.codDir(), folder)) {
            log.warn("inbox {}: {}/ is the --cod-dir of the equipment lists; its certificates are not attached",
                    command.inbox(), CERTIFICATES);
            return;
        }
        Path day = command.inbox().resolve("archive").resolve(LocalDate.now(clock).toString());
        List<Path> fresh = new ArrayList<>();
        for (Path file : settledFiles(folder, CERTIFICATES, waiting)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".p7s")) {
                continue; // goes with the scan it signs
            }
            Path marker = file.resolveSibling(MARKER_PREFIX + file.getFileName());
            if (Files.exists(marker)) {
                String runId = Files.readString(marker, StandardCharsets.UTF_8).trim();
                archiveCertificate(file, day.resolve(runId), marker);
            } else {
                fresh.add(file);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        RunSummary summary;
        try {
            summary = attach.run(new AttachCodsRequest(folder, command.trustDir(),
                    command.outDir() != null ? command.outDir() : day, false,
                    fresh.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet()))).summary();
        } catch (RunFailedException | RunRefusedException | DataAccessException | UncheckedIOException e) {
            failures.add(CERTIFICATES + "/: " + e.getMessage());
            log.warn("inbox {}/: the attach run did not finish; the next pass resumes it", CERTIFICATES);
            return;
        }
        Path runDir = day.resolve(summary.runId());
        for (Path file : fresh) {
            Path marker = file.resolveSibling(MARKER_PREFIX + file.getFileName());
            Files.writeString(marker, summary.runId(), StandardCharsets.UTF_8);
            archiveCertificate(file, runDir, marker);
        }
        processed.add(new InboxResult.Processed(CERTIFICATES, fresh.size() + " certificate(s)", runDir, summary));
        log.info("inbox {}/: run {} over {} certificate(s)", CERTIFICATES, summary.runId(), fresh.size());
    }

    private static void archiveCertificate(Path file, Path dir, Path marker) throws IOException {
        Path p7s = file.resolveSibling(file.getFileName() + ".p7s");
        if (Files.exists(p7s)) {
            Path inbox = file.getParent().getParent();
            privateFolder(dir, inbox.resolve("archive"));
            PrivateFiles.restrict(Files.move(p7s, dir.resolve(p7s.getFileName()), StandardCopyOption.ATOMIC_MOVE));
        }
        archive(file, dir, marker);
    }

    /**
     * Moves an imported file beside its reports, in {@code archive/} or {@code failed/}: partners' data, so the
     * folders and the file become the owner's only.
     */
    private static void archive(Path file, Path dir, Path marker) throws IOException {
        Path inbox = file.getParent().getParent();
        privateFolder(dir, dir.startsWith(inbox.resolve("failed")) ? inbox.resolve("failed") : inbox.resolve("archive"));
        Path archived = Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        PrivateFiles.restrict(archived);
        Files.deleteIfExists(marker);
    }

    /**
     * Creates {@code dir} under {@code root} ({@code archive/} or {@code failed/}, tmip's own folders of the inbox),
     * each folder it creates the owner's only, and makes {@code root} the owner's only if it existed already.
     */
    private static void privateFolder(Path dir, Path root) throws IOException {
        PrivateFiles.createDirectories(dir);
        PrivateFiles.restrict(root);
    }

    /** The imports by subfolder, in the order their data depends on each other. */
    private Map<String, BiFunction<Path, Path, RunSummary>> jobs(InboxRequest command) {
        Map<String, BiFunction<Path, Path, RunSummary>> jobs = new LinkedHashMap<>();
        jobs.put("accounts", (file, out) -> accounts.run(new AccountImportRequest(file, out)));
        jobs.put("users", (file, out) -> users.run(new UserImportRequest(List.of(file), out, false)));
        jobs.put("equipment", (file, out) -> equipment.run(new EquipmentImportRequest(List.of(file),
                command.codDir(), command.trustDir(), out, false)));
        jobs.put("returns", (file, out) -> returns.run(new RecordReturnsRequest(List.of(file), out, false)));
        jobs.put("credits", (file, out) -> credits.run(new CreditReconciliationRequest(file, out)).summary());
        return jobs;
    }

    /**
     * The files of {@code folder} to import in this pass, in name order; the files left for a later pass because they
     * may still be written are added to {@code waiting} (hidden files are neither).
     */
    private List<Path> settledFiles(Path folder, String kind, List<InboxResult.Waiting> waiting) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        Instant settledBefore = clock.instant().minus(settle);
        List<InboxResult.Waiting> waitingHere = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean partial = name.endsWith(".part") || name.endsWith(".tmp");
                boolean visibleFile = !name.startsWith(".") && Files.isRegularFile(entry);
                if (visibleFile && partial) {
                    waitingHere.add(new InboxResult.Waiting(kind, name, "its name ends in "
                            + name.substring(name.lastIndexOf('.')) + ": still being copied"));
                } else if (visibleFile && !Files.getLastModifiedTime(entry).toInstant().isBefore(settledBefore)) {
                    waitingHere.add(new InboxResult.Waiting(kind, name, "modified less than " + settleText()
                            + " ago (tmip.inbox.settle): it may still be written"));
                } else if (visibleFile) {
                    files.add(entry);
                } else if (name.startsWith(MARKER_PREFIX)
                        && Files.exists(entry.resolveSibling(name.substring(MARKER_PREFIX.length())))) {
                    files.add(entry.resolveSibling(name.substring(MARKER_PREFIX.length())));
                }
            }
        }
        // a file whose run completed (its marker) is archived now, whatever its age
        waitingHere.removeIf(w -> files.contains(folder.resolve(w.fileName())));
        waitingHere.sort(Comparator.comparing(InboxResult.Waiting::fileName));
        waitingHere.forEach(w -> log.info("inbox {}/{}: waits for the next pass: {}", w.kind(), w.fileName(),
                w.reason()));
        waiting.addAll(waitingHere);
        return files.stream().distinct().sorted().toList();
    }

    private String settleText() {
        return settle.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
