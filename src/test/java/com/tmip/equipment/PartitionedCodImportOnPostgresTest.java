package com.tmip.equipment;

import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partitioned import that verifies and stores CoD files on PostgreSQL: the lock that guards storing a CoD is an
 * advisory lock of its own, not a serial (a made-up serial starting with NUL cannot be sent to PostgreSQL).
 */
class PartitionedCodImportOnPostgresTest {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @Test
    void partitionedImportWithCodsOnPostgresEndsLikeOneStep(@TempDir Path dir) {
        Database first = Database.postgres();
        try (Database second = Database.postgres()) {
            Tmip serial = new Tmip(dir.resolve("serial"), first);
            Tmip partitioned = new Tmip(dir.resolve("partitioned"), second);
            for (Tmip tmip : new Tmip[]{serial, partitioned}) {
                Tmip.Result accounts = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString());
                assertThat(accounts.exitCode()).as(accounts.err()).isZero();
            }
            String[] args = {"import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                    "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString()};

            Tmip.Result one = serial.run(args);
            Tmip.Result partitionedRun = partitioned.run(concat(args, "--partitions", "1"));

            assertThat(one.exitCode()).as(one.err()).isIn(0, 3);
            assertThat(partitionedRun.exitCode()).as(partitionedRun.err()).isEqualTo(one.exitCode());
            assertThat(partitionedRun.err()).doesNotContain("UTF8", "Exception");
            assertThat(partitioned.count("SELECT COUNT(*) FROM cod_attachment"))
                    .isPositive()
                    .isEqualTo(serial.count("SELECT COUNT(*) FROM cod_attachment"));
            assertThat(partitioned.count("SELECT COUNT(*) FROM equipment_item"))
                    .isEqualTo(serial.count("SELECT COUNT(*) FROM equipment_item"));
        } finally {
            first.close();
        }
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
