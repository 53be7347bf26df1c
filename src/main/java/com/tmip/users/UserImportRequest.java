package com.tmip.users;

import java.nio.file.Path;
import java.util.List;

/**
 * A user import: the files of one run, read in order, and where its reports go.
 *
 * @param dryRun  check and report every row, create no user
 * @param account the one account the run creates users for (a Partner Admin's upload in the portal: a row naming
 *                another is rejected with ACCOUNT_NOT_YOURS, a row without one gets this one, and the role Employee
 *                is rejected with ROLE_NOT_ALLOWED), or null for any account and any role
 */
public record UserImportRequest(List<Path> files, Path outDir, boolean dryRun, String account) {

    public UserImportRequest {
        files = List.copyOf(files);
    }

    public UserImportRequest(List<Path> files, Path outDir, boolean dryRun) {
        this(files, outDir, dryRun, null);
    }
}
