package com.tmip.run;

import com.tmip.support.Database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run lock refuses a second live run of the same input in the same schema, and only there: advisory locks are
 * shared by every schema of a database, so two installations in two schemas must not refuse each other.
 */
class RunLockOnPostgresTest {

    private static final String INPUT = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private final Database first = Database.postgres();
    private final Database second = Database.postgres();

    @AfterEach
    void tearDown() {
        first.close();
        second.close();
    }

    @Test
    void theSameInputIsRefusedInTheSameSchemaOnly() {
        try (RunLock.Lease held = lock(first).acquire(INPUT)) {
            assertThatThrownBy(() -> lock(first).acquire(INPUT)).isInstanceOf(RunRefusedException.class);
            assertThatCode(() -> lock(second).acquire(INPUT).close()).doesNotThrowAnyException();
            assertThatCode(() -> lock(first).acquire(INPUT.replace('0', 'f')).close()).doesNotThrowAnyException();
        }
        assertThatCode(() -> lock(first).acquire(INPUT).close()).doesNotThrowAnyException();
    }

    private static RunLock lock(Database database) {
        return new RunLock(new DriverManagerDataSource(database.url(), database.user(), ""), database.url());
    }
}
