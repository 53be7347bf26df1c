package com.tmip.ux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file rejected as a whole: the one line that says why is the last thing the partner reads, and a run that
 * registered nothing because its only file was rejected writes no empty {@code registered.csv}.
 */
class RejectedWorkbookEndingTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void theReasonIsTheLastLineAndNoEmptyRegisteredReportIsWritten() throws IOException {
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Path notAWorkbook = Files.write(home.resolve("equipment.xlsx"), "this is no workbook at all".getBytes());

        Tmip.Result run = tmip.run("import-equipment", notAWorkbook.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(lastLine(run.out())).startsWith("equipment.xlsx: rejected: FILE_");
        assertThat(run.out()).doesNotContain("registered:").contains("summary:").contains("failures:");
        Path reportDir = tmip.reports().resolve(run.runId());
        assertThat(reportDir.resolve("registered.csv")).doesNotExist();
        assertThat(reportDir.resolve("failures.csv")).exists();
        JsonNode summary = new ObjectMapper().readTree(reportDir.resolve("summary.json").toFile());
        assertThat(summary.get("reports").has("registered")).isFalse();
        assertThat(summary.get("files").get(0).get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aRunWithAFileReadAndAFileRejectedKeepsItsRegisteredReportAndEndsWithTheReason() throws IOException {
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Path notAWorkbook = Files.write(home.resolve("broken.xlsx"), "this is no workbook at all".getBytes());

        Tmip.Result run = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                notAWorkbook.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(lastLine(run.out())).startsWith("broken.xlsx: rejected: FILE_");
        assertThat(run.out()).contains("equipment.csv").contains("registered:");
        List<String> registered = Files.readAllLines(tmip.reports().resolve(run.runId()).resolve("registered.csv"));
        assertThat(registered.size()).as("header and the accepted rows of equipment.csv").isGreaterThan(1);
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }
}
