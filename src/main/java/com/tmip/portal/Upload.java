package com.tmip.portal;

import java.time.LocalDateTime;

/**
 * One upload through the portal and the run it started ({@code portal_upload}).
 *
 * @param accountId the account that owns the run, or null for an Employee's upload
 * @param runId     null until the run has been created
 * @param state     RUNNING, FINISHED or FAILED (the run could not finish; {@code message} says why)
 */
public record Upload(String uploadId, UploadKind kind, String accountId, String username, String fileName,
                     boolean dryRun, String outDir, String runId, String state, String message,
                     LocalDateTime createdAt, LocalDateTime finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String FAILED = "FAILED";
}
