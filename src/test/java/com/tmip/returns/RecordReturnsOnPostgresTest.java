package com.tmip.returns;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The returns contract on PostgreSQL, in a schema of its own per test. */
class RecordReturnsOnPostgresTest extends RecordReturnsContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
