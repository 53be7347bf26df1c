package com.tmip.input;

import com.tmip.support.Database;

import java.nio.file.Path;

/** Poison inputs on PostgreSQL, in a schema of its own per test (fails, not skips, on CI without PostgreSQL). */
class PoisonInputsOnPostgresTest extends PoisonInputsContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
