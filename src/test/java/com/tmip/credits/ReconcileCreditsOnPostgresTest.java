package com.tmip.credits;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The reconciliation's contract on PostgreSQL, in a schema of its own per test. */
class ReconcileCreditsOnPostgresTest extends ReconcileCreditsContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
