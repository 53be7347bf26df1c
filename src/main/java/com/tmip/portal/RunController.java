package com.tmip.portal;

import com.tmip.history.PastRun;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The runs: history, one run's live progress (server-sent events) and results, and its reports. Another account's
 * run, upload or report answers 404, exactly like one that does not exist.
 */
@Controller
@ConditionalOnWebApplication
public class RunController {

    private static final int HISTORY = 200;

    private final UploadStore uploads;
    private final PortalRuns runs;
    private final RunView view;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tmip-portal-events");
        t.setDaemon(true);
        return t;
    });

    public RunController(UploadStore uploads, PortalRuns runs, RunView view) {
        this.uploads = uploads;
        this.runs = runs;
        this.view = view;
    }

    /** A line of the runs page. */
    public record RunLine(String runId, String uploadId, String job, String file, String user, String account,
                          String started, String duration, String state, boolean dryRun, long read, long accepted,
                          long rejected, long duplicates) {
    }

    @GetMapping("/runs")
    public String history(@AuthenticationPrincipal PortalUser user, Model model) {
        List<RunLine> lines = new ArrayList<>();
        if (user.isEmployee()) {
            // everyone's: the command line's runs too
            for (PastRun run : view.recent(HISTORY)) {
                Optional<Upload> upload = uploads.byRun(run.runId());
                lines.add(line(run, upload.orElse(null)));
            }
        } else {
            for (Upload upload : uploads.recent(user.accountId(), HISTORY)) {
                Optional<PastRun> run = upload.runId() == null ? Optional.empty() : view.run(upload.runId());
                lines.add(run.map(r -> line(r, upload)).orElseGet(() -> pending(upload)));
            }
        }
        model.addAttribute("runs", lines);
        return "runs";
    }

    private static RunLine line(PastRun run, Upload upload) {
        var total = run.total();
        String file = upload != null ? upload.fileName()
                : String.join(", ", run.files().stream().map(f -> f.fileName()).toList());
        return new RunLine(run.runId(), upload == null ? null : upload.uploadId(), run.job(), file,
                upload == null ? "(command line)" : upload.username(),
                upload == null || upload.accountId() == null ? "" : upload.accountId(),
                run.startedAt().withNano(0).toString().replace('T', ' '), PortalFormat.duration(run.duration()),
                run.state().name().toLowerCase(Locale.ROOT).replace('_', ' '), run.dryRun(), total.rowsRead(),
                total.accepted(), total.rejected(), total.duplicates());
    }

    private static RunLine pending(Upload upload) {
        return new RunLine(null, upload.uploadId(), upload.kind().id(), upload.fileName(), upload.username(),
                upload.accountId() == null ? "" : upload.accountId(),
                upload.createdAt().withNano(0).toString().replace('T', ' '), "",
                upload.state().toLowerCase(Locale.ROOT), upload.dryRun(), 0, 0, 0, 0);
    }

    /** An upload: its live page while it runs, its run's page once it has finished. */
    @GetMapping("/uploads/{uploadId}")
    public String upload(@AuthenticationPrincipal PortalUser user, @PathVariable String uploadId, Model model) {
        Upload upload = visibleUpload(user, uploadId);
        Optional<LiveRun> live = runs.live(uploadId);
        boolean running = live.map(l -> !l.done()).orElse(false);
        if (!running && upload.runId() != null) {
            return "redirect:/runs/" + upload.runId();
        }
        if (!running && Upload.RUNNING.equals(upload.state())) {
            // the run thread has finished a moment ago; its row is being written
            running = true;
        }
        model.addAttribute("upload", upload);
        model.addAttribute("running", running);
        model.addAttribute("snapshot", live.map(LiveRun::snapshot).orElse(null));
        return "upload-run";
    }

    /** The live progress of an upload's run: one {@code progress} event a second, then {@code done}. */
    @GetMapping(path = "/uploads/{uploadId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@AuthenticationPrincipal PortalUser user, @PathVariable String uploadId) {
        visibleUpload(user, uploadId);
        SseEmitter emitter = new SseEmitter(TimeUnit.HOURS.toMillis(12));
        Optional<LiveRun> live = runs.live(uploadId);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            try {
                if (live.isEmpty()) {
                    emitter.send(SseEmitter.event().name("done").data("{}"));
                    emitter.complete();
                    cancel(task);
                    return;
                }
                LiveRun.Snapshot snapshot = live.get().snapshot();
                emitter.send(SseEmitter.event().name("progress").data(snapshot.json()));
                if (snapshot.done()) {
                    emitter.send(SseEmitter.event().name("done").data(snapshot.json()));
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException e) {
                cancel(task);
            }
        };
        task.set(ticker.scheduleAtFixedRate(tick, 0, 1, TimeUnit.SECONDS));
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> cancel(task));
        emitter.onError(e -> cancel(task));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> t = task.get();
        if (t != null) {
            t.cancel(false);
        }
    }

    @GetMapping("/runs/{runId}")
    public String run(@AuthenticationPrincipal PortalUser user, @PathVariable String runId, Model model) {
        PastRun run = visibleRun(user, runId);
        Optional<Upload> upload = uploads.byRun(runId);
        if (upload.isPresent() && runs.live(upload.get().uploadId()).map(l -> !l.done()).orElse(false)) {
            return "redirect:/uploads/" + upload.get().uploadId();
        }
        model.addAttribute("run", run);
        model.addAttribute("line", line(run, upload.orElse(null)));
        model.addAttribute("upload", upload.orElse(null));
        var rules = view.rules(runId);
        model.addAttribute("rules", rules);
        model.addAttribute("chart", BarChart.of(rules));
        model.addAttribute("failures", view.failures(run));
        model.addAttribute("failuresShown", view.failuresShown());
        model.addAttribute("reports", view.reports(run));
        var reconciliation = view.reconciliation(run);
        model.addAttribute("reconciliation", reconciliation.orElse(null));
        model.addAttribute("outcomeChart", reconciliation.map(r -> BarChart.of(r.outcomes())).orElse(null));
        return "run";
    }

    @GetMapping("/runs/{runId}/reports/{name}")
    public ResponseEntity<FileSystemResource> report(@AuthenticationPrincipal PortalUser user,
                                                     @PathVariable String runId, @PathVariable String name) {
        PastRun run = visibleRun(user, runId);
        Path file = view.report(run, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String lower = name.toLowerCase(Locale.ROOT);
        MediaType type = lower.endsWith(".csv") ? MediaType.parseMediaType("text/csv")
                : lower.endsWith(".json") ? MediaType.APPLICATION_JSON
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(type)
                .body(new FileSystemResource(file));
    }

    /** The run, if {@code user} may see it: its upload's account is theirs, or they are an Employee. */
    private PastRun visibleRun(PortalUser user, String runId) {
        Optional<Upload> upload = uploads.byRun(runId);
        String owner = upload.map(Upload::accountId).orElse(null);
        if (!user.canSee(owner)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view.run(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Upload visibleUpload(PortalUser user, String uploadId) {
        Upload upload = uploads.find(uploadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!user.canSee(upload.accountId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return upload;
    }
}
