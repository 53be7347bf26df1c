package com.tmip.lifecycle;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The life-cycle walk-through on the embedded HSQLDB file database. */
class LifeCycleWalkthroughOnHsqldbTest extends LifeCycleWalkthroughContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
