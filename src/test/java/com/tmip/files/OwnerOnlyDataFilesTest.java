package com.tmip.files;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The files the embedded database and the log create, and the inbox's archive and failed folders, hold personal data
 * and bcrypt hashes: only their owner may read them, including in folders an older version created readable by all.
 */
class OwnerOnlyDataFilesTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final Set<PosixFilePermission> OPEN_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> OPEN_FILE = PosixFilePermissions.fromString("rw-r--r--");

    @TempDir
    Path home;

    @BeforeEach
    void posix() {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void theDatabaseAndLogFilesAreTheOwnersOnlyAndSoAreTheirFoldersThatExistedAlready() throws IOException {
        Path data = open(Files.createDirectories(home.resolve("data")));
        Path logs = open(Files.createDirectories(home.resolve("logs")));
        Path oldLog = Files.writeString(logs.resolve("tmip.log.2026-11-30.0.gz"), "yesterday");
        Files.setPosixFilePermissions(oldLog, OPEN_FILE);

        Tmip.Result run = withLogFile(logs.resolve("tmip.log"),
                () -> new Tmip(home).run("import-accounts", SAMPLES.resolve("accounts.csv").toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(data.resolve("tmip.script")).exists();
        assertThat(logs.resolve("tmip.log")).exists();
        assertOwnerOnly(data);
        assertOwnerOnly(logs);
        assertEverythingOwnerOnly(data);
        assertEverythingOwnerOnly(logs);
    }

    @Test
    void aSharedFolderKeepsItsPermissionsAndItsOtherFilesButTmipsFilesAreTightened() throws IOException {
        Path data = open(Files.createDirectories(home.resolve("data")));
        Path notes = Files.writeString(data.resolve("notes.txt"), "not tmip's");
        Files.setPosixFilePermissions(notes, OPEN_FILE);

        Tmip.Result run = new Tmip(home).run("import-accounts", SAMPLES.resolve("accounts.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OPEN_FOLDER);
        assertThat(Files.getPosixFilePermissions(notes)).isEqualTo(OPEN_FILE);
        assertOwnerOnly(data.resolve("tmip.script"));
        assertOwnerOnly(data.resolve("tmip.properties"));
    }

    @Test
    void theInboxArchiveAndFailedFoldersAndWhatTheyHoldAreTheOwnersOnly() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path archive = open(Files.createDirectories(inbox.resolve("archive")));
        Files.createDirectories(inbox.resolve("accounts"));
        Files.createDirectories(inbox.resolve("equipment"));
        Path accounts = Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));
        Files.setPosixFilePermissions(accounts, OPEN_FILE);
        Files.copy(SAMPLES.resolve("cod/cod-contoso-q3.pdf"), inbox.resolve("equipment/march.csv"));

        Tmip.Result pass = new Tmip(home).run("run-inbox", inbox.toString(), "--tmip.inbox.settle=0s");

        assertThat(pass.exitCode()).as(pass.err()).isEqualTo(3);
        Path failed = inbox.resolve("failed");
        assertThat(failed).isDirectory();
        assertOwnerOnly(archive);
        assertOwnerOnly(failed);
        assertEverythingOwnerOnly(archive);
        assertEverythingOwnerOnly(failed);
        try (Stream<Path> files = Files.walk(inbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("accounts.csv", "march.csv", "REASON.txt");
        }
    }

    private static Tmip.Result withLogFile(Path logFile, java.util.function.Supplier<Tmip.Result> command) {
        System.setProperty("logging.file.name", logFile.toString());
        try {
            return command.get();
        } finally {
            System.clearProperty("logging.file.name");
        }
    }

    private static Path open(Path folder) throws IOException {
        return Files.setPosixFilePermissions(folder, OPEN_FOLDER);
    }

    private static void assertEverythingOwnerOnly(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(root)) {
            all = files.toList();
        }
        assertThat(all).hasSizeGreaterThan(1);
        for (Path path : all) {
            assertOwnerOnly(path);
        }
    }

    private static void assertOwnerOnly(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        assertThat(permissions).as(path.toString()).doesNotContain(PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    }
}
