package com.tmip.cases;

import com.tmip.support.Database;

import java.nio.file.Path;

/** {@code cases show} and {@code items} on PostgreSQL, in a schema of its own per test. */
class CaseViewsOnPostgresTest extends CaseViewsContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
