package com.tmip.credits;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The reconciliation's contract on the embedded HSQLDB file database. */
class ReconcileCreditsOnHsqldbTest extends ReconcileCreditsContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
