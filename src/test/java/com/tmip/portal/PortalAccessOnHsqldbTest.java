package com.tmip.portal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link PortalAccessContract} on the embedded database. */
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "tmip.users.bcrypt-strength=4",
        "tmip.cod.trust-dir=samples/trust"})
class PortalAccessOnHsqldbTest extends PortalAccessContract {

    static final Path HOME = tempDir();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:" + HOME.resolve("data/tmip")
                + ";shutdown=true;hsqldb.default_table_type=cached");
        registry.add("tmip.portal.upload-dir", () -> HOME.resolve("uploads").toString());
        registry.add("tmip.portal.report-dir", () -> HOME.resolve("reports/portal").toString());
    }

    @Override
    Path home() {
        return HOME;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("tmip-portal-hsqldb");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
