package com.tmip.ops;

import com.tmip.support.Database;
import com.tmip.support.JarProcess;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several processes of the real jar on one PostgreSQL database at the same moment: different files both
 * complete, with distinct case IDs and no lost rows, even when they open the same cases; the same file twice at
 * once runs once.
 */
class ConcurrentRunsOnPostgresIT {

    static final List<String> ENV = List.of();

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void database() {
        database = Database.postgres();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void twoDifferentFilesAtOnceBothCompleteWithDistinctCaseIds() throws Exception {
        Path accounts = accounts();
        Path first = list("first.csv", 0, 15_000);
        Path second = list("second.csv", 1_000_000, 15_000);
        assertThat(run("import-accounts", accounts.toString()).waitFor(2)).isZero();

        JarProcess a = start("import-equipment", first.toString());
        JarProcess b = start("import-equipment", second.toString());

        assertThat(a.waitFor(5)).as(a.output()).isZero();
        assertThat(b.waitFor(5)).as(b.output()).isZero();
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item", Long.class)).isEqualTo(30_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tmip_case", Long.class))
                .as("both files name the same 40 groups: one case each").isEqualTo(40);
        List<String> ids = jdbc.queryForList("SELECT case_id FROM tmip_case ORDER BY case_id", String.class);
        String day = DateTimeFormatter.ofPattern("yyyy-MMdd").format(LocalDate.now());
        List<String> expected = new ArrayList<>();
        for (int seq = 1; seq <= 40; seq++) {
            expected.add(day + "-" + String.format("%04d", seq));
        }
        assertThat(ids).as("distinct IDs from the day's counter, none lost to a rolled-back attempt")
                .isEqualTo(expected);
    }

    @Test
    void theSameFileByTwoProcessesAtOnceRunsOnce() throws Exception {
        Path accounts = accounts();
        Path list = list("list.csv", 0, 30_000);
        assertThat(run("import-accounts", accounts.toString()).waitFor(2)).isZero();

        JarProcess a = start("import-equipment", list.toString());
        JarProcess b = start("import-equipment", list.toString());
        int codeA = a.waitFor(5);
        int codeB = b.waitFor(5);

        assertThat(List.of(codeA, codeB)).as(a.output() + "\n---\n" + b.output()).containsExactlyInAnyOrder(0, 1);
        String refused = codeA == 1 ? a.output() : b.output();
        assertThat(refused).contains("another tmip process is importing the same input right now")
                .doesNotContain("Exception");
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item", Long.class)).isEqualTo(30_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE job_name = 'importEquipment'",
                Long.class)).isEqualTo(1);
    }

    private JarProcess start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", database.url(), "--spring.datasource.username=" + database.user(),
                "--out", dir.resolve("reports").toString()));
        return JarProcess.start(dir, ENV, all.toArray(String[]::new));
    }

    private JarProcess run(String... args) {
        return start(args);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new SingleConnectionDataSource(database.url(), database.user(), "", true));
    }

    private Path accounts() throws IOException {
        Path file = dir.resolve("accounts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("account_id,account_name\n");
            for (int a = 0; a < 10; a++) {
                out.write("A" + a + ",Account " + a + "\n");
            }
        }
        return file;
    }

    /** {@code rows} valid rows over 10 accounts x 4 references = 40 groups, serials from {@code first}. */
    private Path list(String name, int first, int rows) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("account,serial_number,platform,disposition,reference\n");
            for (int i = 0; i < rows; i++) {
                out.write("Account " + (i % 10) + String.format(",SN%08d", first + i) + ",MX480,TRADE_IN,R" + (i / 10 % 4) + "\n");
            }
        }
        return file;
    }
}
