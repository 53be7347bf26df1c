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
 * @param account  the id of the one account whose items the certificates may document (a partner's upload in the
 *                 portal: a serial held by another account is answered as not registered, so the run neither
 *                 documents nor reveals it), or null for any account
 */
public record AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun, Set<String> only,
                                String account) {

    public AttachCodsRequest {
        only = only == null ? null : Set.copyOf(only);
    }

    /** The given files of the folder, for any account. */
    public AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun, Set<String> only) {
        this(folder, trustDir, outDir, dryRun, only, null);
    }

    /** Every certificate of the folder, for any account. */
    public AttachCodsRequest(Path folder, Path trustDir, Path outDir, boolean dryRun) {
        this(folder, trustDir, outDir, dryRun, null, null);
    }
}
