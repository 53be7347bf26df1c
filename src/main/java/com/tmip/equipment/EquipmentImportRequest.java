package com.tmip.equipment;

import java.nio.file.Path;
import java.util.List;

/**
 * An equipment import: the files of one run, read in order, and how to run it.
 *
 * @param codDir     the folder of the signed CoD files rows name, or null
 * @param trustDir   the trusted CA certificates for CoD signatures; null for {@code tmip.cod.trust-dir}
 * @param dryRun     check and report every row, register nothing
 * @param partitions 0 for one step per file; else each file in that many row ranges registered in parallel
 * @param remote     with partitions: the ranges go to worker processes over the broker instead of threads
 * @param account    the id of the one account rows may name (a partner's upload in the portal; a row naming another
 *                   is rejected with ACCOUNT_NOT_YOURS), or null for any known account
 */
public record EquipmentImportRequest(List<Path> files, Path codDir, Path trustDir, Path outDir, boolean dryRun,
                                     int partitions, boolean remote, String account) {

    public EquipmentImportRequest {
        files = List.copyOf(files);
    }

    /** For any known account. */
    public EquipmentImportRequest(List<Path> files, Path codDir, Path trustDir, Path outDir, boolean dryRun,
                                  int partitions, boolean remote) {
        this(files, codDir, trustDir, outDir, dryRun, partitions, remote, null);
    }

    /** Unpartitioned. */
    public EquipmentImportRequest(List<Path> files, Path codDir, Path trustDir, Path outDir, boolean dryRun) {
        this(files, codDir, trustDir, outDir, dryRun, 0, false);
    }
}
