package com.tmip.attach;

import java.nio.file.Path;

/**
 * An {@code attach-cods} run: every file of {@code folder} is a certificate to verify and attach.
 *
 * @param trustDir the trusted CA certificates, or null for {@code tmip.cod.trust-dir}
 * @param outDir   the folder the run's reports go under
 * @param dryRun   verify and match, report what would be attached, change nothing
 */
public record AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun) {
}
