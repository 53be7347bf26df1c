package com.tmip.cli;

import com.tmip.TmipApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database password need not be in {@code --db-url}, where every user of the machine sees it in {@code ps}. */
class DatabasePasswordTest {

    @TempDir
    Path home;

    @Test
    void theHelpOffersTheVariableAndTheFile() {
        String help = CommandLine.help(null);
        assertThat(help).contains("--db-password-file FILE").contains("TMIP_DB_PASSWORD_FILE")
                .contains("TMIP_DB_PASSWORD");
    }

    @Test
    void thePasswordFileIsReadOnceAndTrimmed() throws Exception {
        Path file = Files.writeString(home.resolve("db-password"), "  s3cret \n");
        assertThat(CommandLine.parse("runs", "--db-password-file", file.toString()).dbPassword(Map.<String, String>of()::get))
                .contains("s3cret");
        assertThat(CommandLine.parse("runs").dbPassword(Map.of("TMIP_DB_PASSWORD_FILE", file.toString())::get))
                .contains("s3cret");
        assertThat(CommandLine.parse("runs").dbPassword(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void anUnreadablePasswordFileIsAUsageError() {
        String missing = home.resolve("missing").toString();
        assertThatThrownBy(() -> CommandLine.parse("runs", "--db-password-file", missing).dbPassword(Map.<String, String>of()::get))
                .isInstanceOf(UsageException.class).hasMessageContaining("cannot read --db-password-file");
    }

    @Test
    void theDatabaseIsOpenedWithThePasswordOfTheFile() throws Exception {
        Path file = Files.writeString(home.resolve("db-password"), "s3cret\n");
        String url = "jdbc:hsqldb:file:" + home.resolve("data/tmip") + ";shutdown=true";
        Result first = run("template", "users", "--out", home.resolve("users.xlsx").toString(), "--db-url", url,
                "--db-password-file", file.toString(),
                "--spring.datasource.username=SA");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("warning");

        try (Connection connection = DriverManager.getConnection(url, "SA", "s3cret")) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "SA", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aPasswordInsideTheUrlGetsAWarningThatDoesNotRepeatIt() {
        String url = "jdbc:hsqldb:file:" + home.resolve("data/tmip") + ";shutdown=true;password=hunter2";
        Result result = run("runs", "--db-url", url, "--spring.datasource.username=SA");

        assertThat(result.err()).contains("warning").contains("TMIP_DB_PASSWORD").contains("--db-password-file")
                .doesNotContain("hunter2");
        assertThat(result.out()).doesNotContain("hunter2");
        assertThat(result.err().lines().filter(line -> line.contains("warning"))).hasSize(1);
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TmipApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
