package com.tmip.inbox;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads after an unattended pass: where each file and its reports went, and what waits. */
class InboxOperatorMessagesTest {

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
        Files.createDirectories(inbox.resolve("equipment"));
    }

    @Test
    void aFileRejectedWholeIsShownWithItsRuleAndItsReportsWhereTheyWereMoved() throws IOException {
        Files.copy(SAMPLES.resolve("cod/cod-contoso-q3.pdf"), inbox.resolve("equipment/march.csv"));

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), NOW);
        assertThat(pass.exitCode()).as(pass.err()).isEqualTo(3);
        String runId = runIdOf(pass, "equipment/march.csv");
        Path failed = inbox.resolve("failed").resolve(LocalDate.now().toString()).resolve(runId);
        assertThat(failed.resolve("summary.json")).exists();

        Tmip.Result show = tmip.run("runs", "show", runId);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).doesNotContain("reports: none")
                .contains(failed.resolve("summary.json").toString())
                .contains(failed.resolve("failures.csv").toString());

        Tmip.Result runs = tmip.run("runs");
        String line = runs.out().lines().filter(l -> l.startsWith(runId)).findFirst().orElseThrow();
        assertThat(line).contains("file rejected").contains("FILE_FORMAT_UNKNOWN")
                .doesNotContain("completed with rejections");
    }

    @Test
    void filesLeftForTheNextPassAreNamed() throws IOException {
        Path settling = Files.copy(SAMPLES.resolve("equipment.csv"), inbox.resolve("equipment/tonight.csv"));
        Files.setLastModifiedTime(settling, FileTime.from(Instant.now()));
        Files.writeString(inbox.resolve("equipment/upload.csv.part"), "still being copied");
        Files.writeString(inbox.resolve("equipment/.hidden.csv"), "editor swap file");

        Tmip.Result pass = tmip.run("run-inbox", inbox.toString(), "--tmip.inbox.settle=1h");

        assertThat(pass.exitCode()).as(pass.err()).isZero();
        assertThat(pass.out()).contains("equipment/tonight.csv: waits for the next pass")
                .contains("tmip.inbox.settle")
                .contains("equipment/upload.csv.part: waits for the next pass")
                .doesNotContain(".hidden.csv");
        assertThat(settling).exists();
        assertThat(tmip.count("SELECT COUNT(*) FROM import_run")).isZero();
    }

    private static String runIdOf(Tmip.Result pass, String file) {
        Matcher m = Pattern.compile(Pattern.quote(file) + ": run (\\S+?):").matcher(pass.out());
        assertThat(m.find()).as(pass.out()).isTrue();
        return m.group(1);
    }
}
