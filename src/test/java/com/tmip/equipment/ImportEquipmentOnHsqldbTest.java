package com.tmip.equipment;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The equipment job's contract on the embedded HSQLDB file database. */
class ImportEquipmentOnHsqldbTest extends ImportEquipmentContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
