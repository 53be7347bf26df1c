package com.tmip.equipment;

import com.tmip.history.PastRun;
import com.tmip.history.RunHistory;
import com.tmip.history.RunState;
import com.tmip.run.RunFailedException;
import com.tmip.run.RunSummary;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run that fails after its 7th chunk (rolled back with the chunk) is resumed by running the same command again,
 * and ends exactly as an uninterrupted run: same counts, same items in the same cases, same reports.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:restart-after-failure;shutdown=true",
        "tmip.chunk-size=100"})
class RestartAfterFailureTest {

    static final Path HOME = tempDir();
    static final int ROWS = 2500;
    static final int FAILING_CHUNK = 7;

    @Autowired
    EquipmentImport equipment;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FailOnce failOnce;
    @Autowired
    RunHistory history;

    @Test
    void resumesFromTheLastCommittedChunkAndEndsAsAnUninterruptedRun() throws IOException {
        Path accounts = Files.writeString(HOME.resolve("accounts.csv"), "account_id,account_name\nA1,Alpha\nA2,Beta\n");
        Path list = HOME.resolve("list.csv");
        StringBuilder csv = new StringBuilder("account,serial_number,platform,disposition,reference\n");
        for (int i = 1; i <= ROWS; i++) {
            String serial = i % 50 == 0 ? "SN" + (i - 1) : "SN" + i; // every 50th row repeats the previous serial
            String platform = i % 97 == 0 ? "MX999" : "MX480";   // and some rows are rejected
            csv.append(i % 2 == 0 ? "Alpha" : "Beta").append(',').append(serial).append(',').append(platform)
                    .append(",TRADE_IN,R").append(i % 7).append('\n');
        }
        Files.writeString(list, csv);
        jdbc.update("INSERT INTO account (account_id, account_name, updated_at, run_id) VALUES "
                + "('A1', 'Alpha', CURRENT_TIMESTAMP, 'test'), ('A2', 'Beta', CURRENT_TIMESTAMP, 'test')");
        EquipmentImportRequest command = new EquipmentImportRequest(java.util.List.of(list), null, null,
                HOME.resolve("reports"), false);

        assertThatThrownBy(() -> equipment.run(command)).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("injected failure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item", Long.class))
                .as("the chunks before the failing one are committed, the failing one is not")
                .isBetween(1L, (FAILING_CHUNK - 1) * 100L);
        String runId = jdbc.queryForObject("SELECT run_id FROM import_run", String.class);
        PastRun failed = history.find(runId).orElseThrow();
        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.finishedAt()).isNull();
        assertThat(failed.total().rowsRead()).as("rows of the committed chunks").isBetween(1L, ROWS - 1L);

        RunSummary resumed = equipment.run(command);
        PastRun finished = history.recent(5).get(0);
        assertThat(finished.runId()).isEqualTo(runId);
        assertThat(finished.state()).isEqualTo(RunState.COMPLETED_WITH_REJECTIONS);
        assertThat(finished.total()).as("read counts summed over the failed and the resumed execution")
                .isEqualTo(resumed.total());

        assertThat(resumed.runId()).isEqualTo(runId);
        Tmip clean = new Tmip(HOME.resolve("clean"));
        clean.run("import-accounts", accounts.toString());
        Tmip.Result uninterrupted = clean.run("import-equipment", list.toString());
        Reports cleanReports = new Reports(clean.reports(), uninterrupted.runId());
        Reports resumedReports = new Reports(HOME.resolve("reports"), runId);
        assertThat(resumed.total().rowsRead()).isEqualTo(ROWS);
        assertThat(resumedReports.summary().get("total")).isEqualTo(cleanReports.summary().get("total"));
        assertThat(resumedReports.csv("registered.csv")).isEqualTo(cleanReports.csv("registered.csv"));
        assertThat(resumedReports.csv("failures.csv")).isEqualTo(cleanReports.csv("failures.csv"));
        assertThat(resumedReports.csv("rejected-rows.csv")).isEqualTo(cleanReports.csv("rejected-rows.csv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tmip_case", Long.class))
                .isEqualTo(clean.count("SELECT COUNT(*) FROM tmip_case"));
        assertThat(failOnce.failed).isTrue();
    }

    /** Fails the write of one chunk, once, inside its transaction. */
    static class FailOnce implements ItemWriteListener<Object> {
        final AtomicInteger chunks = new AtomicInteger();
        volatile boolean failed;

        @Override
        public void afterWrite(Chunk<?> items) {
            if (chunks.incrementAndGet() == FAILING_CHUNK && !failed) {
                failed = true;
                throw new IllegalStateException("injected failure after writing chunk " + FAILING_CHUNK);
            }
        }
    }

    @TestConfiguration
    static class Failure {
        @Bean
        FailOnce failOnce() {
            return new FailOnce();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tmip-restart");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
