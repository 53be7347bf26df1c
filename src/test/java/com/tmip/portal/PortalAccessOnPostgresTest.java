package com.tmip.portal;

import com.tmip.support.Database;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link PortalAccessContract} on PostgreSQL (a fresh schema; skipped without PostgreSQL, except on CI). */
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "tmip.users.bcrypt-strength=4",
        "tmip.cod.trust-dir=samples/trust"})
class PortalAccessOnPostgresTest extends PortalAccessContract {

    static final Path HOME = tempDir();
    static Database database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres().url());
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("tmip.portal.upload-dir", () -> HOME.resolve("uploads").toString());
        registry.add("tmip.portal.report-dir", () -> HOME.resolve("reports/portal").toString());
    }

    static synchronized Database postgres() {
        if (database == null) {
            database = Database.postgres();
        }
        return database;
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    Path home() {
        return HOME;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("tmip-portal-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
