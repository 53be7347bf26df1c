package com.tmip.equipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nightly delivery of a file already imported: every row repeats exactly what the earlier run registered. Nothing
 * new is not a failure (exit 0), though the rows are still reported as duplicates; a serial held for another
 * account, or a row that changed, still is (exit 3).
 */
class NothingNewTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String HEADER = "account,serial_number,platform,disposition,reference,order_date\n";
    static final String ROWS = """
            Northwind Telecom,NN-0001,MX480,TRADE_IN,NW-NIGHTLY,2026-09-14
            Northwind Telecom,NN-0002,MX960,TRADE_IN,NW-NIGHTLY,2026-09-14
            northwind telecom,nn-0003,mx 240,return,NW-NIGHTLY,
            """;

    @TempDir
    Path home;
    Tmip tmip;
    String firstRun;

    @BeforeEach
    void firstDelivery() throws IOException {
        tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Path nightly = Files.writeString(home.resolve("nightly.csv"), HEADER + ROWS);
        Tmip.Result first = tmip.run("import-equipment", nightly.toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        firstRun = first.runId();
    }

    @Test
    void theSameFileDeliveredAgainIsNothingNewAndExitsZero() throws IOException {
        Path again = Files.writeString(home.resolve("nightly-2.csv"), HEADER + ROWS);

        Tmip.Result run = tmip.run("import-equipment", again.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("nightly-2.csv: nothing new: 3 rows already registered by run " + firstRun);
        Path reports = tmip.reports().resolve(run.runId());
        List<String> failures = Files.readAllLines(reports.resolve("failures.csv"));
        assertThat(failures).hasSize(4);
        assertThat(failures.subList(1, 4)).allSatisfy(line -> assertThat(line).contains("ALREADY_REGISTERED"));
        JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(summary.get("total").get("duplicates").asLong()).isEqualTo(3);
        assertThat(summary.get("exit_code").asInt()).isZero();
        JsonNode repeated = summary.get("files").get(0).get("already_registered_unchanged");
        assertThat(repeated.get("rows").asLong()).isEqualTo(3);
        assertThat(repeated.get("registered_by_runs").get(firstRun).asLong()).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(3);

        String listed = tmip.run("runs").out().lines().filter(l -> l.startsWith(run.runId())).findFirst().orElseThrow();
        assertThat(listed).contains("nothing new").doesNotContain("rejections");
    }

    @Test
    void aRowThatChangedOrASerialOfAnotherAccountIsStillADuplicateThatFails() throws IOException {
        Path changed = Files.writeString(home.resolve("changed.csv"), HEADER + ROWS.replace("NN-0002,MX960",
                "NN-0002,MX10003"));
        Tmip.Result run = tmip.run("import-equipment", changed.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
        assertThat(run.out()).contains("2 rows already registered, unchanged, by run " + firstRun)
                .doesNotContain("nothing new");

        Path otherAccount = Files.writeString(home.resolve("contoso.csv"), HEADER
                + "Contoso Networks Ltd,NN-0001,MX480,TRADE_IN,NW-NIGHTLY,2026-09-14\n");
        Tmip.Result stolen = tmip.run("import-equipment", otherAccount.toString());
        assertThat(stolen.exitCode()).as(stolen.out()).isEqualTo(3);
        assertThat(stolen.out()).doesNotContain("nothing new").doesNotContain("already registered by run");
        assertThat(tmip.count("SELECT COUNT(*) FROM row_outcome WHERE run_id = ? AND repeats_run IS NULL",
                stolen.runId())).isEqualTo(1);
    }

    @Test
    void aDeliveryWithNewRowsAndRepeatedOnesRegistersTheNewAndExitsZero() throws IOException {
        Path grown = Files.writeString(home.resolve("grown.csv"), HEADER + ROWS
                + "Northwind Telecom,NN-0004,MX480,TRADE_IN,NW-NIGHTLY,2026-09-14\n");

        Tmip.Result run = tmip.run("import-equipment", grown.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("grown.csv: 3 rows already registered, unchanged, by run " + firstRun);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(4);
    }
}
