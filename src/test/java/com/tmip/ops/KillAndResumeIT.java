package com.tmip.ops;

import com.tmip.support.JarProcess;
import com.tmip.support.Reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar, killed with SIGKILL part-way through a large import, then run again with the same command: the
 * database and the reports end exactly as those of a clean, uninterrupted run.
 */
class KillAndResumeIT {

    static final int ROWS = 60_000;
    static final Pattern RUN = Pattern.compile("^run (\\S+) ");
    static final List<String> ENV = List.of("TMIP_PROGRESS_INTERVAL=500ms");

    @Test
    void aKilledImportResumesAndEndsLikeACleanRun(@TempDir Path dir) throws Exception {
        Path accounts = dir.resolve("accounts.csv");
        Path list = dir.resolve("equipment.csv");
        generate(accounts, list);
        Path killed = Files.createDirectories(dir.resolve("killed"));
        Path clean = Files.createDirectories(dir.resolve("clean"));
        for (Path home : List.of(killed, clean)) {
            assertThat(JarProcess.start(home, ENV, "import-accounts", accounts.toString()).waitFor(2)).isZero();
        }

        JarProcess first = JarProcess.start(killed, ENV, "import-equipment", list.toString());
        assertThat(first.awaitLine(l -> l.matches(".*progress: file-1: [1-9][0-9]{4,} rows.*"), 180))
                .as("the import made progress before the kill: %s", first.output()).isTrue();
        assertThat(first.kill()).isNotZero();
        assertThat(first.output()).doesNotContain("registered:");

        JarProcess second = JarProcess.start(killed, ENV, "import-equipment", list.toString());
        assertThat(second.waitFor(5)).as(second.output()).isEqualTo(3);
        assertThat(second.output()).contains("resuming run");
        JarProcess reference = JarProcess.start(clean, ENV, "import-equipment", list.toString());
        assertThat(reference.waitFor(5)).as(reference.output()).isEqualTo(3);

        Reports resumed = new Reports(killed.resolve("reports"), runId(second.output()));
        Reports uninterrupted = new Reports(clean.resolve("reports"), runId(reference.output()));
        assertThat(resumed.summary().get("total")).isEqualTo(uninterrupted.summary().get("total"));
        assertThat(resumed.summary().get("total").get("rows_read").asInt()).isEqualTo(ROWS);
        assertThat(resumed.summary().get("rules")).isEqualTo(uninterrupted.summary().get("rules"));
        assertThat(resumed.csv("registered.csv")).isEqualTo(uninterrupted.csv("registered.csv"));
        assertThat(resumed.csv("failures.csv")).isEqualTo(uninterrupted.csv("failures.csv"));
        assertThat(resumed.csv("rejected-rows.csv")).isEqualTo(uninterrupted.csv("rejected-rows.csv"));
        JarProcess killedCases = JarProcess.start(killed, ENV, "cases", "--format", "csv");
        JarProcess cleanCases = JarProcess.start(clean, ENV, "cases", "--format", "csv");
        assertThat(killedCases.waitFor(2)).isZero();
        assertThat(cleanCases.waitFor(2)).isZero();
        assertThat(caseLines(killedCases.output())).isEqualTo(caseLines(cleanCases.output()));
    }

    /**
     * Case lines without the created/updated times (the two columns before the last, cod_verified), which differ
     * between the two runs.
     */
    private static List<String> caseLines(String output) {
        return output.lines().filter(l -> l.matches("^\\d{4}-\\d{4}-\\d{4},.*"))
                .map(l -> l.replaceAll(",[^,]*,[^,]*(,[^,]*)$", "$1")).toList();
    }

    private static String runId(String output) {
        return output.lines().map(RUN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
    }

    /** A list with a few rejected rows and duplicates, spread over many cases. */
    private static void generate(Path accounts, Path list) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(accounts)) {
            out.write("account_id,account_name\n");
            for (int a = 0; a < 200; a++) {
                out.write("A" + a + ",Account " + a + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(list)) {
            out.write("account,serial_number,platform,disposition,reference\n");
            for (int i = 0; i < ROWS; i++) {
                String serial = i % 100 == 99 ? "SN" + (i - 50) : "SN" + i;
                String platform = i % 250 == 0 ? "MX481" : "MX480";
                out.write("Account " + (i % 200) + "," + serial + "," + platform + ",TRADE_IN,R" + (i % 13) + "\n");
            }
        }
    }
}
