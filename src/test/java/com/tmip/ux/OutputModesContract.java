package com.tmip.ux;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --json} and {@code --quiet} hold for every command: with {@code --json} standard output is one JSON
 * document and nothing else; with {@code --quiet} it is empty and standard error has at most the one line of a
 * run that did not end with 0. Run against each database by a subclass.
 */
abstract class OutputModesContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path home;
    Tmip tmip;

    abstract Database database(Path home);

    @BeforeEach
    void start() {
        tmip = new Tmip(home, database(home));
    }

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @Test
    void everyCommandPrintsOneJsonDocument() throws IOException {
        JsonNode accounts = json(0, "import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertThat(accounts.get("total").get("rows_read").asLong()).isEqualTo(10);

        JsonNode users = json(3, "import-users", SAMPLES.resolve("users.csv").toString());
        assertThat(users.get("job").asText()).isEqualTo("importUsers");
        assertThat(users.get("total").get("rows_read").asLong()).isEqualTo(25);

        JsonNode equipment = json(3, "import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString());
        assertThat(equipment.get("total").get("accepted").asLong()).isEqualTo(17);

        JsonNode credits = json(3, "reconcile-credits", SAMPLES.resolve("credits.csv").toString());
        assertThat(credits.get("job").asText()).isEqualTo("reconcileCredits");
        assertThat(credits.get("reconciliation").get("ledger_lines").asLong()).isPositive();

        Path inbox = Files.createDirectories(home.resolve("inbox/accounts"));
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts.csv"));
        JsonNode pass = json(0, "run-inbox", home.resolve("inbox").toString(), "--tmip.inbox.settle=0s");
        assertThat(pass.get("processed").get(0).get("kind").asText()).isEqualTo("accounts");
        assertThat(pass.get("processed").get(0).get("rows_read").asLong()).isEqualTo(10);

        JsonNode cases = json(0, "cases");
        assertThat(cases.get("cases")).hasSize(9);
        assertThat(cases.get("cases").get(0).get("case_id").asText()).matches("\\d{4}-\\d{4}-\\d{4}");
        assertThat(cases.get("database").asText()).isEqualTo(expectedDatabase());
        JsonNode northwind = json(0, "cases", "--account", "Northwind Telecom");
        assertThat(northwind.get("cases")).hasSize(2).allSatisfy(c -> assertThat(c.get("account_id").asText())
                .isEqualTo("ACC-1001"));

        JsonNode runs = json(0, "runs");
        assertThat(runs.get("database").asText()).isEqualTo(expectedDatabase());
        assertThat(runs.get("runs")).hasSize(5);
        assertThat(runs.get("runs").get(0).get("job").asText()).isEqualTo("importAccounts");

        String runId = equipment.get("run_id").asText();
        JsonNode show = json(0, "runs", "show", runId);
        assertThat(show.get("run_id").asText()).isEqualTo(runId);
        assertThat(show.get("total").get("cases_created").asLong()).isEqualTo(9);

        Path workbook = home.resolve("users-template.xlsx");
        JsonNode template = json(0, "template", "users", "--out", workbook.toString());
        assertThat(template.get("file").asText()).isEqualTo(workbook.toString());
        assertThat(workbook).exists();
    }

    @Test
    void quietPrintsNothingOnStandardOutput() throws IOException {
        assertQuiet(0, "import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertQuiet(3, "import-users", SAMPLES.resolve("users.csv").toString());
        assertQuiet(3, "import-equipment", SAMPLES.resolve("equipment.csv").toString(), "--cod-dir",
                SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString());
        Tmip.Result credits = assertQuiet(3, "reconcile-credits", SAMPLES.resolve("credits.csv").toString());
        assertThat(credits.err()).contains("reconciliation.csv");
        Path inbox = Files.createDirectories(home.resolve("inbox/accounts"));
        Files.copy(SAMPLES.resolve("accounts.csv"), inbox.resolve("accounts.csv"));
        assertQuiet(0, "run-inbox", home.resolve("inbox").toString(), "--tmip.inbox.settle=0s");
        assertQuiet(0, "cases");
        assertQuiet(0, "runs");
        String runId = tmip.run("runs", "--json").out().split("\"run_id\" : \"")[1].split("\"")[0];
        assertQuiet(0, "runs", "show", runId);
        assertQuiet(0, "template", "credits", "--out", home.resolve("credits.xlsx").toString());
    }

    @Test
    void runsAndCasesSayWhichDatabaseTheyRead() {
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        List<String> runs = tmip.run("runs").out().lines().toList();
        assertThat(runs.get(runs.size() - 1)).isEqualTo("database: " + expectedDatabase());
        List<String> cases = tmip.run("cases").out().lines().toList();
        assertThat(cases.get(cases.size() - 2)).isEqualTo("0 cases");
        assertThat(cases.get(cases.size() - 1)).isEqualTo("database: " + expectedDatabase());
        assertThat(tmip.run("cases", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void anUnknownAccountGetsOneLineWithTheNearestKnownOne() {
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Tmip.Result name = tmip.run("cases", "--account", "Northwind Telcom");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.out()).isEmpty();
        assertThat(name.err().lines()).containsExactly(
                "tmip: no known account matches 'Northwind Telcom', did you mean Northwind Telecom?");
        Tmip.Result id = tmip.run("cases", "--account", "ACC-10001");
        assertThat(id.err()).contains("did you mean ACC-1001?");
        Tmip.Result nothing = tmip.run("cases", "--account", "Nobody Inc");
        assertThat(nothing.err().lines()).containsExactly("tmip: no known account matches 'Nobody Inc'");
    }

    /** The database as runs and cases name it: its URL without parameters. */
    private String expectedDatabase() {
        return tmip.database().url().split("[;?]")[0];
    }

    private JsonNode json(int exitCode, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--json");
        Tmip.Result result = tmip.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.err()).isEqualTo(exitCode);
        assertThat(result.out()).as(String.join(" ", command)).startsWith("{");
        return JSON.readTree(result.out());
    }

    private Tmip.Result assertQuiet(int exitCode, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--quiet");
        Tmip.Result result = tmip.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", command) + ": " + result.err()).isEqualTo(exitCode);
        assertThat(result.out()).as(String.join(" ", command)).isEmpty();
        assertThat(result.err().lines()).as(String.join(" ", command)).hasSizeLessThanOrEqualTo(exitCode == 0 ? 0 : 1);
        return result;
    }
}
