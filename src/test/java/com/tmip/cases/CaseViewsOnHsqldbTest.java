package com.tmip.cases;

import com.tmip.support.Database;

import java.nio.file.Path;

/** {@code cases show} and {@code items} on the embedded HSQLDB file database. */
class CaseViewsOnHsqldbTest extends CaseViewsContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
