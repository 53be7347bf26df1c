package com.tmip.inbox;

import java.nio.file.Path;

/**
 * Passes over an inbox folder.
 *
 * @param codDir   the CoD folder equipment rows name, or null
 * @param trustDir the trusted CA certificates for CoD signatures, or null
 * @param outDir   where reports go; null for beside each archived file
 * @param every    a Spring cron expression to stay up and pass on, or null for one pass
 */
public record InboxRequest(Path inbox, Path codDir, Path trustDir, Path outDir, String every) {
}
