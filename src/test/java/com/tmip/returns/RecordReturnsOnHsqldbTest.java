package com.tmip.returns;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The returns contract on the embedded HSQLDB file database. */
class RecordReturnsOnHsqldbTest extends RecordReturnsContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
