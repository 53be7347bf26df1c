package com.tmip.account;

import java.nio.file.Path;

/**
 * An accounts import: one file of {@code account_id, account_name}.
 *
 * @param outDir the folder the run's reports go under
 */
public record AccountImportRequest(Path file, Path outDir) {
}
