package com.tmip.inbox;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One pass over an inbox, as cron runs it. */
class RunInboxCommandTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String NOW = "--tmip.inbox.settle=0s";

    @TempDir
    Path home;
    Path inbox;
    Tmip tmip;

    @BeforeEach
    void inbox() throws IOException {
        tmip = new Tmip(home);
        inbox = Files.createDirectories(home.resolve("inbox"));
        Files.createDirectories(inbox.resolve("accounts"));
        Files.createDirectories(inbox.resolve("equipment"));
    }

    @Test
    void importsSettledFilesInDependencyOrderAndArchivesThemBesideTheirReports() throws IOException {
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));
        Files.copy(SAMPLES.resolve("equipment.csv"), inbox.resolve("equipment/equipment.csv"));
        Files.copy(SAMPLES.resolve("cod/cod-contoso-q3.pdf"), inbox.resolve("equipment/march.csv"));
        Files.writeString(inbox.resolve("equipment/upload.csv.part"), "still being copied");
        Files.writeString(inbox.resolve("equipment/.hidden.csv"), "editor swap file");

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), "--cod-dir", SAMPLES.resolve("cod").toString(),
                "--trust-dir", SAMPLES.resolve("trust").toString(), NOW);

        assertThat(pass.exitCode()).as(pass.err()).isEqualTo(3);
        Path day = inbox.resolve("archive").resolve(LocalDate.now().toString());
        assertThat(find(day, "accounts.csv")).hasSize(1);
        Path archived = find(day, "equipment.csv").get(0);
        assertThat(archived.resolveSibling("summary.json")).exists();
        assertThat(archived.resolveSibling("failures.csv")).exists();
        Path failed = find(inbox.resolve("failed"), "march.csv").get(0);
        assertThat(Files.readString(failed.resolveSibling("REASON.txt"))).startsWith("FILE_FORMAT_UNKNOWN");
        assertThat(inbox.resolve("equipment/upload.csv.part")).exists();
        assertThat(inbox.resolve("equipment/.hidden.csv")).exists();
        assertThat(inbox.resolve("equipment/equipment.csv")).doesNotExist();
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(17);
        assertThat(pass.out()).contains("accounts/accounts.csv: run").contains("equipment/equipment.csv: run");

        Tmip.Result again = tmip.run("run-inbox", inbox.toString(), NOW);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing to do");
    }

    @Test
    void returnsAreRecordedAfterTheEquipmentOfTheSamePass() throws IOException {
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));
        Files.copy(SAMPLES.resolve("equipment.csv"), inbox.resolve("equipment/equipment.csv"));
        Files.copy(SAMPLES.resolve("returns.csv"), Files.createDirectories(inbox.resolve("returns"))
                .resolve("returns.csv"));

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), "--cod-dir", SAMPLES.resolve("cod").toString(),
                "--trust-dir", SAMPLES.resolve("trust").toString(), NOW);

        assertThat(pass.exitCode()).as(pass.err()).isEqualTo(3);
        assertThat(pass.out()).contains("returns/returns.csv: run").contains("accepted 5, rejected 7, duplicates 1");
        assertThat(pass.out().indexOf("equipment/equipment.csv")).isLessThan(pass.out().indexOf("returns/returns.csv"));
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'RECEIVED'")).isEqualTo(5);
        assertThat(find(inbox.resolve("archive").resolve(LocalDate.now().toString()), "returns.csv")).hasSize(1);
    }

    @Test
    void leavesAFileThatIsStillBeingWrittenForALaterPass() throws IOException {
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), "--tmip.inbox.settle=1h");

        assertThat(pass.exitCode()).isZero();
        assertThat(inbox.resolve("accounts/accounts.csv")).exists();
        assertThat(tmip.count("SELECT COUNT(*) FROM import_run")).isZero();
    }

    @Test
    void aFileWhoseRunCompletedBeforeACrashIsArchivedNotImportedAgain() throws IOException {
        Path file = Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts/accounts.csv"));
        Tmip.Result first = tmip.run("import-accounts", file.toString());
        // The pass that ran it stopped after the run completed and before the file was moved.
        Files.writeString(inbox.resolve("accounts/.done-accounts.csv"), first.runId());

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), NOW);

        assertThat(pass.exitCode()).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM import_run")).as("no second run").isEqualTo(1);
        assertThat(find(inbox.resolve("archive"), "accounts.csv")).hasSize(1);
        assertThat(inbox.resolve("accounts/.done-accounts.csv")).doesNotExist();
    }

    @Test
    void refusesABadSchedule() {
        Tmip.Result bad = tmip.run("run-inbox", inbox.toString(), "--every", "every night");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("cron expression");
    }

    private static List<Path> find(Path root, String name) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }
}
