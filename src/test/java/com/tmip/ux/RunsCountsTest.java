package com.tmip.ux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `runs` shows a finished run's counts as its summary computed them, however its files were read. */
class RunsCountsTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aPartitionedRunShowsTheCountsOfItsSummary() throws Exception {
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        Tmip.Result run = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                "--partitions", "3");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);

        Tmip.Result runs = tmip.run("runs", "--json");

        JsonNode listed = new ObjectMapper().readTree(runs.out()).get("runs").get(0);
        assertThat(listed.get("job").asText()).isEqualTo("importEquipment");
        JsonNode file = listed.get("files").get(0);
        assertThat(file.get("rows_read").asLong()).isEqualTo(31);
        assertThat(file.get("accepted").asLong()).isEqualTo(17);
        assertThat(file.get("rejected").asLong()).isEqualTo(13);
        assertThat(file.get("duplicates").asLong()).isEqualTo(1);
    }
}
