package com.tmip.ux;

import com.tmip.support.Database;

import java.nio.file.Path;

/** --json and --quiet for every command on the embedded HSQLDB. */
class OutputModesOnHsqldbTest extends OutputModesContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
