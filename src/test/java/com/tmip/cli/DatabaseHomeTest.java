package com.tmip.cli;

import com.tmip.TmipApplication;
import com.tmip.support.Database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database lives in one home ({@code --home DIR}, {@code TMIP_HOME}, else {@code ~/.tmip}), not in
 * the working folder; the listings refuse to create it; a PostgreSQL URL gets no HSQLDB user.
 */
class DatabaseHomeTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theHomeComesFromTheOptionThenTheEnvironmentThenTheUsersHome() {
        Path option = dir.resolve("option");
        assertThat(CommandLine.parse("runs", "--home", option.toString()).home(Map.of("TMIP_HOME", "/elsewhere")::get))
                .isEqualTo(option);
        assertThat(CommandLine.parse("runs").home(Map.of("TMIP_HOME", dir.toString())::get)).isEqualTo(dir);
        assertThat(CommandLine.parse("runs").home(Map.<String, String>of()::get))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".tmip"));
        assertThat(CommandLine.parse("cases", "--home", "relative").home(Map.<String, String>of()::get))
                .isEqualTo(Path.of("relative").toAbsolutePath());
    }

    @Test
    void theListingsRefuseToCreateAnEmptyDatabase() {
        Path home = dir.resolve("never-used");
        for (List<String> listing : List.of(List.of("runs"), List.of("cases"), List.of("runs", "show", "R1"),
                List.of("cases", "--json"))) {
            Result result = run(listing, "--home", home.toString());
            assertThat(result.code()).as(listing + result.err()).isEqualTo(CommandRunner.USAGE_ERROR);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).as(listing.toString()).singleElement().asString()
                    .startsWith("tmip: no database at " + home.resolve("data/tmip") + ":").contains("--home");
        }
        assertThat(home).as("not even its folder").doesNotExist();
    }

    @Test
    void aCommandFindsTheDatabaseOfItsHomeWhateverTheWorkingFolder() {
        Path home = dir.resolve("home");
        Result imported = run(List.of("import-accounts", SAMPLES.resolve("accounts.csv").toString(), "--out",
                dir.resolve("reports").toString()), "--home", home.toString(), "--quiet");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(home.resolve("data/tmip.script")).exists();
        assertThat(Path.of("data/tmip.script")).as("nothing in the working folder").doesNotExist();

        Result runs = run(List.of("runs"), "--home", home.toString());
        assertThat(runs.code()).as(runs.err()).isZero();
        assertThat(runs.out()).contains("importAccounts")
                .endsWith("database: jdbc:hsqldb:file:" + home.resolve("data/tmip") + System.lineSeparator());
        assertThat(run(List.of("runs"), "--home", dir.resolve("other").toString()).code())
                .isEqualTo(CommandRunner.USAGE_ERROR);
    }

    @Test
    void aPostgresUrlWithoutAUserIsNotGivenTheHsqldbUser() throws Exception {
        try (Database postgres = Database.postgres()) {
            Path reports = dir.resolve("reports");
            Result fromUrl = run(List.of("import-accounts", SAMPLES.resolve("accounts.csv").toString(), "--out",
                    reports.toString()), "--db-url", postgres.url() + "&user=" + postgres.user());
            assertThat(fromUrl.code()).as(fromUrl.err()).isZero();
            // no user anywhere: the driver's default (the system user's name), never HSQLDB's SA
            Result noUser = run(List.of("runs"), "--db-url", postgres.url());
            assertThat(noUser.err()).doesNotContain("\"SA\"");
            Result fromOption = run(List.of("runs", "--json"), "--db-url", postgres.url(), "--db-user", postgres.user());
            assertThat(fromOption.code()).as(fromOption.err()).isZero();
            assertThat(fromOption.out()).contains("importAccounts").doesNotContain("SA");
        }
    }

    private static Result run(List<String> command, String... more) {
        String[] args = java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TmipApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
