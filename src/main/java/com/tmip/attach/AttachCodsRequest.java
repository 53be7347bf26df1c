package com.tmip.attach;

import java.nio.file.Path;
import java.util.Set;

/**
 * An {@code attach-cods} run: every file of {@code folder} is a certificate to verify and attach.
 *
 * @param trustDir the trusted CA certificates, or null for {@code tmip.cod.trust-dir}
 * @param outDir   the folder the run's reports go under
 * @param dryRun   verify and match, report what would be attached, change nothing
 * @param only     the names of the folder's files to take (the settled ones of an inbox pass), or null for all
 */
public record AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun, Set<String> only) {

    public AttachCodsRequest {
        only = only == null ? null : Set.copyOf(only);
    }

    /** Every certificate of the folder. */
    public AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun) {
        this(folder, trustDir, outDir, dryRun, null);
    }
}
