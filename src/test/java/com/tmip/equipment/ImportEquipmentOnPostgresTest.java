package com.tmip.equipment;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The equipment job's contract on PostgreSQL, in a schema of its own per test. */
class ImportEquipmentOnPostgresTest extends ImportEquipmentContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
