package com.tmip.input;

import com.tmip.support.Database;

import java.nio.file.Path;

/** Poison inputs on the embedded database. */
class PoisonInputsOnHsqldbTest extends PoisonInputsContract {

    @Override
    Database database(Path home) {
        return Database.hsqldb(home);
    }
}
