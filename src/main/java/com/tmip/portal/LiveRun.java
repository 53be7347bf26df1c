package com.tmip.portal;

import java.util.Locale;

/**
 * The progress of one upload's run while this portal runs it: rows written so far, the fraction of the current
 * file read, the rate and the time left; then whether it finished. Written by the run's thread, read by the pages.
 */
public final class LiveRun {

    private final String uploadId;
    private final String accountId;
    private final long startedAt = System.currentTimeMillis();
    private volatile String runId;
    private volatile String step = "";
    private volatile long rowsBeforeStep;
    private volatile long stepRows;
    private volatile double fraction = -1;
    private volatile long stepStartedAt = startedAt;
    private volatile boolean done;

    LiveRun(String uploadId, String accountId) {
        this.uploadId = uploadId;
        this.accountId = accountId;
    }

    public String uploadId() {
        return uploadId;
    }

    public String accountId() {
        return accountId;
    }

    public String runId() {
        return runId;
    }

    public boolean done() {
        return done;
    }

    void runId(String runId) {
        if (this.runId == null) {
            this.runId = runId;
        }
    }

    void stepStarted(String name) {
        rowsBeforeStep += stepRows;
        stepRows = 0;
        fraction = -1;
        step = name;
        stepStartedAt = System.currentTimeMillis();
    }

    void written(long rows, double fractionRead) {
        stepRows += rows;
        fraction = fractionRead;
    }

    void finished() {
        fraction = 1;
        done = true;
    }

    /** The page's view: rows, percent (or -1), rows per second, seconds left (or -1). */
    public Snapshot snapshot() {
        long now = System.currentTimeMillis();
        long stepMillis = Math.max(1, now - stepStartedAt);
        long rate = stepRows * 1000 / stepMillis;
        double f = fraction;
        long left = f > 0.001 && f < 1 ? Math.round(stepMillis / 1000.0 * (1 - f) / f) : -1;
        int percent = done ? 100 : f < 0 ? -1 : (int) Math.min(99, Math.floor(f * 100));
        return new Snapshot(runId, step, rowsBeforeStep + stepRows, percent, rate, left, done,
                (now - startedAt) / 1000);
    }

    /** @param percent -1 while unknown; 100 only when the run has finished */
    public record Snapshot(String runId, String step, long rows, int percent, long rowsPerSecond, long secondsLeft,
                           boolean done, long elapsedSeconds) {

        /** A small JSON object for the page's event stream: numbers and a run id, nothing a partner wrote. */
        public String json() {
            return String.format(Locale.ROOT, "{\"runId\":%s,\"step\":\"%s\",\"rows\":%d,\"percent\":%d,"
                            + "\"rate\":%d,\"left\":%d,\"done\":%b,\"elapsed\":%d}",
                    runId == null ? "null" : "\"" + runId.replaceAll("[^A-Za-z0-9-]", "") + "\"",
                    step.replaceAll("[^A-Za-z0-9-]", ""), rows, percent, rowsPerSecond, secondsLeft, done,
                    elapsedSeconds);
        }
    }
}
