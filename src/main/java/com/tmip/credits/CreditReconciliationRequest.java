package com.tmip.credits;

import java.nio.file.Path;

/** A reconciliation of one finance ledger against the registered items, and where its reports go. */
public record CreditReconciliationRequest(Path ledger, Path outDir) {
}
