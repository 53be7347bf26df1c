package com.tmip.ux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing a partner controls reaches the terminal as an escape sequence or a bidi override. */
class ConsoleHygieneTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String RED = "\u001B[31m";
    static final String RIGHT_TO_LEFT = "\u202E";

    @TempDir
    Path home;

    @Test
    void fileNamesAccountNamesAndReferencesArePrintedWithTheirControlCharactersEscaped() throws Exception {
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Path hostile = Files.copy(SAMPLES.resolve("equipment.csv"),
                home.resolve("list" + RED + RIGHT_TO_LEFT + ".csv"));

        Tmip.Result run = tmip.run("import-equipment", hostile.toString());
        assertThat(run.out()).contains("list").contains("\\u001B[31m");
        assertClean(run);

        Tmip.Result json = tmip.run("import-equipment", hostile.toString(), "--json");
        JsonNode summary = new ObjectMapper().readTree(json.out());
        assertThat(summary.get("files").get(0).get("file").asText()).isEqualTo(hostile.getFileName().toString());
        assertClean(json);

        tmip.query(jdbc -> jdbc.update("UPDATE account SET account_name = ? WHERE account_id = 'ACC-1001'",
                "North" + RED + "wind" + RIGHT_TO_LEFT));
        tmip.query(jdbc -> jdbc.update("UPDATE tmip_case SET reference = ?", "REF" + RED + "\u009B2J\u007F"));
        Tmip.Result cases = tmip.run("cases");
        assertThat(cases.exitCode()).as(cases.err()).isZero();
        assertThat(cases.out()).contains("North\\u001B[31mwind");
        assertClean(cases);
        assertClean(tmip.run("cases", "--format", "csv"));
        assertClean(tmip.run("cases", "--account", "x" + RED));
        assertClean(tmip.run("runs"));
        assertClean(tmip.run("runs", "show", run.runId()));
        Tmip.Result runs = tmip.run("runs", "--json");
        assertClean(runs);
        assertThat(new ObjectMapper().readTree(runs.out()).get("runs").get(0).get("files").get(0).get("file").asText())
                .isEqualTo(hostile.getFileName().toString());
    }

    private static void assertClean(Tmip.Result result) {
        for (String printed : new String[]{result.out(), result.err()}) {
            assertThat(printed).doesNotContain("\u001B").doesNotContain(RIGHT_TO_LEFT).doesNotContain("\u009B")
                    .doesNotContain("\u007F");
        }
    }
}
