package com.tmip.ux;

import com.tmip.support.Database;

import java.nio.file.Path;

/** --json and --quiet for every command on PostgreSQL, in a schema of its own per test. */
class OutputModesOnPostgresTest extends OutputModesContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
