package com.tmip.lifecycle;

import com.tmip.support.Database;

import java.nio.file.Path;

/** The life-cycle walk-through on PostgreSQL, in a schema of its own per test. */
class LifeCycleWalkthroughOnPostgresTest extends LifeCycleWalkthroughContract {

    @Override
    Database database(Path home) {
        return Database.postgres();
    }
}
