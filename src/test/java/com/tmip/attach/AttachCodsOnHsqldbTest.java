package com.tmip.attach;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The COD plans and attach-cods contract on the embedded HSQLDB file database. */
class AttachCodsOnHsqldbTest extends AttachCodsContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
