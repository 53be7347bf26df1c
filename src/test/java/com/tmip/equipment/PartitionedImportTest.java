package com.tmip.equipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.bench.EquipmentListGenerator;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --partitions N} on threads of one process, on the embedded database: the same outcome as the unpartitioned
 * import of the same file. Where a serial appears twice in the file, which of its rows is registered and which is
 * the duplicate may differ (partitions run at once), so the registered serials, the counts and the rules are
 * compared, not the row each serial came from.
 */
class PartitionedImportTest {

    @Test
    void partitionsOnThreadsEndLikeOneStep(@TempDir Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("serial"));
        Path three = Files.createDirectories(dir.resolve("partitioned"));
        compare(dir, new Tmip(one), new Tmip(three), 3);
    }

    /** On PostgreSQL the partitions' serial locks are advisory locks, and more threads than the default pool. */
    @Test
    void partitionsOnThreadsOnPostgresEndLikeOneStep(@TempDir Path dir) throws Exception {
        Database first = Database.postgres();
        try (Database second = Database.postgres()) {
            compare(dir, new Tmip(Files.createDirectories(dir.resolve("serial")), first),
                    new Tmip(Files.createDirectories(dir.resolve("partitioned")), second), 6);
        } finally {
            first.close();
        }
    }

    private static void compare(Path dir, Tmip serial, Tmip partitioned, int partitions) throws Exception {
        EquipmentListGenerator.Generated list = new EquipmentListGenerator(7L).generate(dir.resolve("in"), "list",
                6_000, false);
        for (Tmip tmip : List.of(serial, partitioned)) {
            assertThat(tmip.run("import-accounts", list.accounts().toString()).exitCode()).isZero();
        }

        Tmip.Result one = serial.run("import-equipment", list.csv().toString(), "--cod-dir", list.codDir().toString());
        Tmip.Result three = partitioned.run("import-equipment", list.csv().toString(), "--cod-dir",
                list.codDir().toString(), "--partitions", String.valueOf(partitions));

        assertThat(three.exitCode()).as(three.err()).isEqualTo(one.exitCode());
        JsonNode expected = new Reports(serial.reports(), one.runId()).summary();
        JsonNode actual = new Reports(partitioned.reports(), three.runId()).summary();
        assertThat(actual.get("total")).isEqualTo(expected.get("total"));
        assertThat(actual.get("rules")).isEqualTo(expected.get("rules"));
        assertThat(actual.get("total").get("rows_read").asInt()).isEqualTo(6_000);
        String serials = "SELECT serial FROM equipment_item ORDER BY serial";
        List<String> registered = partitioned.query(jdbc -> jdbc.queryForList(serials, String.class));
        assertThat(registered).isEqualTo(serial.<List<String>>query(jdbc -> jdbc.queryForList(serials, String.class)));
        String groups = "SELECT account_id || '|' || disposition || '|' || reference FROM tmip_case ORDER BY 1";
        List<String> cases = partitioned.query(jdbc -> jdbc.queryForList(groups, String.class));
        assertThat(cases).isEqualTo(serial.<List<String>>query(jdbc -> jdbc.queryForList(groups, String.class)));
        assertThat(partitioned.count("SELECT COUNT(*) FROM cod_attachment"))
                .isEqualTo(serial.count("SELECT COUNT(*) FROM cod_attachment"));
        assertThat(partitioned.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'registerPartition:file-1.rows-%'"))
                .isEqualTo(partitions);
    }

    @Test
    void remoteNeedsPostgres(@TempDir Path dir) {
        Tmip tmip = new Tmip(dir);
        Tmip.Result result = tmip.run("import-equipment", Path.of("samples/equipment.csv").toAbsolutePath().toString(),
                "--partitions", "2", "--remote");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("needs PostgreSQL");
    }
}
