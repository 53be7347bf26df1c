package com.tmip.ux;

import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code runs}, {@code runs show} and a template's account list on PostgreSQL (own schema). */
class RunsOnPostgresTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;
    Tmip tmip;

    @AfterEach
    void drop() {
        if (tmip != null) {
            tmip.database().close();
        }
    }

    @Test
    void listsAndShowsRuns() {
        tmip = new Tmip(home, Database.postgres());
        Tmip.Result accounts = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
        Tmip.Result users = tmip.run("import-users", SAMPLES.resolve("users.csv").toString(), "--dry-run");

        Tmip.Result runs = tmip.run("runs", "--limit", "1");
        assertThat(runs.exitCode()).as(runs.err()).isZero();
        assertThat(runs.out().lines().toList()).as("header, rule, one run, the database").hasSize(4)
                .last().asString().startsWith("database: jdbc:postgresql:");
        assertThat(runs.out()).contains(users.runId(), "importUsers (dry run)", "users.csv")
                .doesNotContain(accounts.runId());
        Tmip.Result show = tmip.run("runs", "show", accounts.runId());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("status:   completed", "accounts.csv", "summary.json");

        Path template = home.resolve("t.xlsx");
        assertThat(tmip.run("template", "credits", "--out", template.toString()).exitCode()).isZero();
        assertThat(Workbooks.open(template).getSheet("Lists").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
    }
}
