package com.tmip.returns;

import java.nio.file.Path;
import java.util.List;

/**
 * A returns run: the lists of one run, read in order, and where its reports go.
 *
 * @param dryRun  check and report every row, change no item
 * @param account the id of the one account whose items the rows may receive (a partner's upload in the portal: a
 *                serial held by another account is answered SERIAL_NOT_REGISTERED, as one nobody holds, so the
 *                run does not reveal it), or null for any account
 */
public record RecordReturnsRequest(List<Path> files, Path outDir, boolean dryRun, String account) {

    public RecordReturnsRequest {
        files = List.copyOf(files);
    }

    /** For any account. */
    public RecordReturnsRequest(List<Path> files, Path outDir, boolean dryRun) {
        this(files, outDir, dryRun, null);
    }
}
