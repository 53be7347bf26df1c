package com.tmip.attach;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The COD plans and attach-cods contract on PostgreSQL, in a schema of its own per test. */
class AttachCodsOnPostgresTest extends AttachCodsContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
