package com.tmip.db;

import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every per-chunk look-up is an index look-up, whatever the planner's statistics say. Each job runs over a few
 * tens of chunks into a fresh PostgreSQL schema that nothing analyzes (autovacuum is switched off on its tables),
 * and the tables those jobs look up per chunk must have seen no more sequential scans than a small constant (the
 * per-run queries: reports, the reconciliation's join), never one per chunk.
 *
 * <p>The cause this guards against: a look-up planned while its table is small, then kept by the server as a
 * prepared statement with a cached generic plan, goes on scanning the whole table for every chunk once the table
 * has grown.
 */
class ChunkLookupsOnPostgresTest {

    /** Rows per list: 40 chunks of the equipment job, 40 of the ledger. */
    private static final int ROWS = 40_000;
    private static final int USERS = 6_000;
    private static final int ACCOUNTS = 5;
    /** Every 8th ledger line is rejected: the reconciliation reads them page by page while it streams the others. */
    private static final int REJECTED_EVERY = 8;
    /** Per-run queries may scan a table a few times; 40 chunks must not add one each. */
    private static final int MAX_SCANS = 8;

    @TempDir
    Path home;

    private Database database;
    private Tmip tmip;

    @BeforeEach
    void setUp() {
        database = Database.postgres();
        tmip = new Tmip(home, database);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void lookUpsPerChunkUseTheIndexesWhileTheTablesGrowUnanalyzed() throws IOException {
        Path accounts = write("accounts.csv", "account_id,account_name", ACCOUNTS,
                i -> "ACC-" + i + ",Large Partner " + i);
        assertThat(tmip.run("import-accounts", accounts.toString(), "--quiet").exitCode()).isZero();
        tmip.query(jdbc -> {
            for (String table : jdbc.queryForList(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", String.class)) {
                jdbc.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
            }
            return null;
        });
        Map<String, Long> before = scans();

        // Few accounts, large cases, ordered serials: the shape under which the cached plan went wrong.
        Path equipment = write("equipment.csv",
                "account,serial_number,platform,disposition,cod_file,series,cloud_marketplace,reference,order_date,contact",
                ROWS, i -> "ACC-" + (i * ACCOUNTS / ROWS) + "," + serial(i) + ",MX480,TRADE_IN,,MX Series,,PLAN-"
                        + (i * 50 / ROWS) + ",2025-06-01,");
        assertThat(tmip.run("import-equipment", equipment.toString(), "--dry-run", "--quiet").exitCode()).isZero();
        assertThat(tmip.run("import-equipment", equipment.toString(), "--quiet").exitCode()).isZero();
        Path again = write("equipment-again.csv",
                "account,serial_number,platform,disposition,reference", ROWS,
                i -> "ACC-0," + serial(i) + ",MX480,TRADE_IN,PLAN-0");
        assertThat(tmip.run("import-equipment", again.toString(), "--quiet").exitCode()).isEqualTo(3);

        Path users = write("users.csv",
                "first_name,last_name,email,password,confirm_password,username,user_role,account", USERS,
                i -> "Test,User" + i + ",user" + i + "@partner.example,Velvet-Harbor-Lantern-42,"
                        + "Velvet-Harbor-Lantern-42,user" + i + ",Partner,ACC-0");
        assertThat(tmip.run("import-users", users.toString(), "--quiet", "--tmip.users.bcrypt-strength=4")
                .exitCode()).isZero();

        List<String> caseIds = tmip.query(jdbc -> jdbc.queryForList(
                "SELECT case_id FROM equipment_item ORDER BY serial", String.class));
        Path ledger = write("credits.csv", "credit_id,case_id,account,serial_number,amount,currency,issued_on",
                ROWS, i -> "CR-" + i + "," + caseIds.get(i) + ",ACC-" + (i * ACCOUNTS / ROWS) + "," + serial(i)
                        + (i % REJECTED_EVERY == 0 ? ",\"100,00\"" : ",100.00") + ",EUR,2026-10-01");
        tmip.run("reconcile-credits", ledger.toString(), "--quiet");

        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(ROWS);
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isEqualTo(USERS);
        assertThat(tmip.count("SELECT COUNT(*) FROM credit")).isEqualTo(ROWS - ROWS / REJECTED_EVERY);
        assertThat(tmip.count("SELECT COUNT(*) FROM credit_rejected_line")).isEqualTo(ROWS / REJECTED_EVERY);
        Map<String, Long> after = scans();
        Map<String, Long> perTable = new LinkedHashMap<>();
        for (String table : List.of("equipment_item", "dry_run_item", "tmip_case", "account", "app_user",
                "user_stage", "credit", "credit_serial", "credit_line", "credit_rejected_line", "cod_attachment",
                "reconciliation_total")) {
            perTable.put(table, after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L));
        }
        assertThat(perTable).as("sequential scans per table during the imports")
                .allSatisfy((table, scans) -> assertThat(scans).as(table).isLessThanOrEqualTo(MAX_SCANS));
    }

    private static String serial(int i) {
        return String.format("JR%010d", i);
    }

    /** Sequential scans per table of the test's schema, once the finished commands' statistics have arrived. */
    private Map<String, Long> scans() {
        Map<String, Long> last = Map.of();
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Long> now = tmip.query(jdbc -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                jdbc.query("SELECT relname, seq_scan FROM pg_stat_user_tables WHERE schemaname = current_schema()",
                        rs -> {
                            counts.put(rs.getString(1), rs.getLong(2));
                        });
                return counts;
            });
            if (now.equals(last)) {
                return now;
            }
            last = now;
            sleep();
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Line {
        String of(int i);
    }

    private Path write(String name, String header, int rows, Line line) throws IOException {
        Path file = home.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(line.of(i));
                out.write('\n');
            }
        }
        return file;
    }
}
