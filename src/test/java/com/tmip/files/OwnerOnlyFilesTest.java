package com.tmip.files;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The folders tmip creates, and the reports in them, hold personal data: only their owner may read them. */
class OwnerOnlyFilesTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void theDataFolderTheReportFoldersAndTheReportsAreTheOwnersOnly() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Tmip.Result run = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);

        Path reportDir = tmip.reports().resolve(run.runId());
        assertOwnerOnly(home.resolve("data"));
        assertOwnerOnly(tmip.reports());
        assertOwnerOnly(reportDir);
        assertOwnerOnly(reportDir.resolve("summary.json"));
        try (Stream<Path> reports = Files.list(reportDir)) {
            assertThat(reports).isNotEmpty().allSatisfy(OwnerOnlyFilesTest::assertOwnerOnly);
        }
    }

    @Test
    void theLogFolderAndTheEmbeddedDatabaseFolderAreCreatedTheOwnersOnly() throws IOException {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        MockEnvironment environment = new MockEnvironment()
                .withProperty("logging.file.name", home.resolve("var/logs/tmip.log").toString())
                .withProperty("spring.datasource.url", "jdbc:hsqldb:file:" + home.resolve("db/tmip") + ";shutdown=true");

        List<Path> folders = PrivateFolders.folders(environment);
        assertThat(folders).containsExactly(home.resolve("var/logs"), home.resolve("db"));
        for (Path folder : folders) {
            PrivateFiles.createDirectories(folder);
        }
        assertOwnerOnly(home.resolve("var"));
        assertOwnerOnly(home.resolve("var/logs"));
        assertOwnerOnly(home.resolve("db"));
    }

    private static void assertOwnerOnly(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        assertThat(permissions).as(path.toString()).doesNotContain(PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    }
}
