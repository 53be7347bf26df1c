package com.tmip.inbox;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's cod/ folder: certificates attached after the equipment lists of the same pass, then archived. */
class InboxCertificatesTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String NOW = "--tmip.inbox.settle=0s";

    @TempDir
    Path home;

    @Test
    void certificatesDocumentThePlansTheSamePassRegistered() throws IOException {
        Tmip tmip = new Tmip(home);
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.createDirectories(inbox.resolve("accounts"));
        Files.createDirectories(inbox.resolve("equipment"));
        Path cod = Files.createDirectories(inbox.resolve("cod"));
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));
        Files.copy(SAMPLES.resolve("plans.csv"), inbox.resolve("equipment/plans.csv"));
        try (Stream<Path> certificates = Files.list(SAMPLES.resolve("plans-cod"))) {
            for (Path certificate : certificates.toList()) {
                Files.copy(certificate, cod.resolve(certificate.getFileName()));
            }
        }

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), "--trust-dir",
                SAMPLES.resolve("trust").toString(), NOW);

        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        assertThat(pass.out()).contains("cod/2 certificate(s): run").contains("accepted 5");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'DOCUMENTED'")).isEqualTo(5);
        try (Stream<Path> left = Files.list(cod)) {
            assertThat(left.toList()).as("archived").isEmpty();
        }
        Path day = inbox.resolve("archive").resolve(LocalDate.now().toString());
        try (Stream<Path> archived = Files.walk(day)) {
            List<Path> files = archived.filter(p -> p.getFileName().toString().startsWith("cod-")).toList();
            assertThat(files).hasSize(2);
            assertThat(files.get(0).resolveSibling("attached.csv")).exists();
        }

        Tmip.Result again = tmip.run("run-inbox", inbox.toString(), NOW);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing to do");
    }
}
