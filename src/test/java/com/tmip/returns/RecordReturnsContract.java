package com.tmip.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code record-returns} end to end: the sample accounts and equipment are imported on 2026-11-25, then returns
 * lists are recorded. Asserts exit codes, summary counts, failures.csv and received.csv, and the items' states in
 * the database. Run against each database by a subclass.
 */
abstract class RecordReturnsContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String TODAY = "--tmip.today=2026-11-25";
    static final List<String> SAMPLE_RECEIVED = List.of("CN8842001", "CN8842002", "FB-77310-A", "JN11A2B3CAFA",
            "JN11A2B3CAFB");

    @TempDir
    Path home;
    Tmip tmip;

    abstract Database database(Path home);

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @BeforeEach
    void importTheSamples() {
        tmip = new Tmip(home, database(home));
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString(), TODAY).exitCode()).isZero();
        Tmip.Result equipment = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                TODAY);
        assertThat(equipment.exitCode()).as(equipment.err()).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'AWAITING_RETURN'")).isEqualTo(13);
    }

    Tmip.Result recordReturns(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("record-returns"));
        all.addAll(List.of(args));
        all.add(TODAY);
        all.add("--out");
        all.add(tmip.reports().toString());
        return tmip.run(all.toArray(String[]::new));
    }

    private List<String> received() {
        return tmip.query(jdbc -> jdbc.queryForList(
                "SELECT serial FROM equipment_item WHERE item_state = 'RECEIVED' ORDER BY serial", String.class));
    }

    private static Map<String, String> rulesByRow(Reports reports) {
        List<List<String>> failures = reports.csv("failures.csv");
        return failures.subList(1, failures.size()).stream().collect(Collectors.toMap(l -> l.get(2), l -> l.get(4),
                (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void theSampleReturnsAreRecordedAndEveryBadRowHasItsRule() {
        Tmip.Result result = recordReturns(SAMPLES.resolve("returns.csv").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(13);
        assertThat(total.get("accepted").asLong()).isEqualTo(5);
        assertThat(total.get("rejected").asLong()).isEqualTo(7);
        assertThat(total.get("duplicates").asLong()).isEqualTo(1);
        assertThat(reports.summary().get("job").asText()).isEqualTo("recordReturns");
        assertThat(rulesByRow(reports)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "7", "DUPLICATE_IN_FILE", "8", "SERIAL_NOT_TRADE_IN", "9", "SERIAL_NOT_REGISTERED",
                "10", "SERIAL_FORMAT", "11", "REQUIRED", "12", "RECEIVED_DATE_INVALID",
                "13", "RECEIVED_DATE_IN_FUTURE", "14", "REQUIRED")));
        assertThat(reports.csv("rejected-rows.csv")).hasSize(1 + 7);

        assertThat(received()).containsExactlyElementsOf(SAMPLE_RECEIVED);
        Map<String, Object> cn = tmip.query(jdbc -> jdbc.queryForMap(
                "SELECT received_on, return_reference, received_run_id FROM equipment_item WHERE serial = 'CN8842001'"));
        assertThat(cn.values().stream().map(String::valueOf).toList())
                .containsExactly("2026-11-18", "1Z999AA10123456784", result.runId());
        assertThat(tmip.string("SELECT item_state FROM equipment_item WHERE serial = 'JN11D0C0DE01'"))
                .isEqualTo("DOCUMENTED");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'AWAITING_RETURN'")).isEqualTo(8);

        List<List<String>> lines = reports.csv("received.csv");
        assertThat(lines.get(0)).containsExactlyElementsOf(RecordReturns.RECEIVED_COLUMNS);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.get(2)).toList())
                .containsExactly("JN11A2B3CAFA", "JN11A2B3CAFB", "CN8842001", "CN8842002", "FB-77310-A");
        assertThat(lines.get(1).get(3)).isEqualTo(
                tmip.string("SELECT case_id FROM equipment_item WHERE serial = 'JN11A2B3CAFA'"));
    }

    @Test
    void theSameFileAgainChangesNothingAndSaysTheItemsWereReceived() {
        String first = recordReturns(SAMPLES.resolve("returns.csv").toString()).runId();

        Tmip.Result again = recordReturns(SAMPLES.resolve("returns.csv").toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
        assertThat(again.runId()).isNotEqualTo(first);
        Reports reports = new Reports(tmip.reports(), again.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("accepted").asLong()).isZero();
        assertThat(total.get("rejected").asLong()).isEqualTo(13);
        Map<String, String> rules = rulesByRow(reports);
        for (String row : List.of("2", "3", "4", "5", "6", "7")) {
            assertThat(rules).containsEntry(row, "ALREADY_RECEIVED");
        }
        assertThat(reports.csv("failures.csv").stream().filter(l -> l.get(2).equals("4")).findFirst().orElseThrow()
                .get(5)).contains("2026-11-18", "1Z999AA10123456784", first);
        assertThat(received()).containsExactlyElementsOf(SAMPLE_RECEIVED);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE received_run_id = ?", first)).isEqualTo(5);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE received_run_id = ?", again.runId())).isZero();
    }

    @Test
    void aDryRunReportsWhatWouldBeReceivedAndChangesNoItem() {
        Tmip.Result dry = recordReturns(SAMPLES.resolve("returns.csv").toString(), "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), dry.runId());
        assertThat(reports.summary().get("dry_run").asBoolean()).isTrue();
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(5);
        assertThat(reports.summary().get("total").get("duplicates").asLong()).isEqualTo(1);
        assertThat(reports.csv("received.csv")).hasSize(1 + 5);
        assertThat(received()).isEmpty();
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE received_run_id IS NOT NULL")).isZero();

        Tmip.Result real = recordReturns(SAMPLES.resolve("returns.csv").toString());
        assertThat(new Reports(tmip.reports(), real.runId()).summary().get("total").get("accepted").asLong())
                .isEqualTo(5);
        assertThat(received()).containsExactlyElementsOf(SAMPLE_RECEIVED);
    }

    @Test
    void aSerialRepeatedInALaterChunkOrAnotherFileIsADuplicateOfTheFirstRow() throws IOException {
        Path a = Files.writeString(home.resolve("a.csv"), """
                Serial Number,Date Received,RMA
                TIX5520019,2026-11-01,RMA-A1
                TIX5520020,2026-11-01,RMA-A1
                WWD1234567,2026-11-02,RMA-A2
                TIX5520019,2026-11-03,RMA-A3
                """);
        Path b = Files.writeString(home.resolve("b.csv"), """
                serial_number,received_on,return_reference
                SG0000451,2026-11-04,RMA-B1
                WWD1234567,2026-11-05,RMA-B2
                """);

        Tmip.Result result = recordReturns(a.toString(), b.toString(), "--tmip.chunk-size=2");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode files = reports.summary().get("files");
        assertThat(files.get(0).get("accepted").asLong()).isEqualTo(3);
        assertThat(files.get(0).get("duplicates").asLong()).isEqualTo(1);
        assertThat(files.get(1).get("accepted").asLong()).isEqualTo(1);
        assertThat(files.get(1).get("duplicates").asLong()).isEqualTo(1);
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures.subList(1, failures.size()).stream().map(l -> l.get(0) + ":" + l.get(2) + ":" + l.get(4)))
                .containsExactly("a.csv:5:DUPLICATE_IN_FILE", "b.csv:3:DUPLICATE_IN_RUN");
        assertThat(failures.get(2).get(5)).contains("file 1, row 4");
        assertThat(tmip.string("SELECT return_reference FROM equipment_item WHERE serial = 'WWD1234567'"))
                .isEqualTo("RMA-A2");
        assertThat(tmip.string("SELECT return_reference FROM equipment_item WHERE serial = 'TIX5520019'"))
                .isEqualTo("RMA-A1");
    }

    @Test
    void aWorkbookIsReadAndItsRejectedRowsComeBackAsAWorkbook() throws IOException {
        Path list = home.resolve("returns.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(list)) {
            var sheet = workbook.createSheet("Returns");
            String[][] rows = {{"Serial Number", "Received Date", "Tracking Number"},
                    {"SG0000451", "2026-11-24", "1Z999AA10123456785"}, {"JN11D0C0DE02", "2026-11-24", "RMA-9"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        Tmip.Result result = recordReturns(list.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(1);
        assertThat(rulesByRow(reports)).containsExactlyEntriesOf(new TreeMap<>(Map.of("3", "SERIAL_NOT_TRADE_IN")));
        assertThat(reports.dir().resolve("rejected-rows.xlsx")).exists();
        assertThat(received()).containsExactly("SG0000451");
    }

    @Test
    void aListWithoutTheRequiredColumnsIsRejectedAsAWhole() throws IOException {
        Path list = Files.writeString(home.resolve("nodate.csv"), "serial_number,return_reference\nTIX5520019,R1\n");

        Tmip.Result result = recordReturns(list.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        JsonNode file = new Reports(tmip.reports(), result.runId()).summary().get("files").get(0);
        assertThat(file.get("status").asText()).isEqualTo("REJECTED");
        assertThat(file.get("problem").get("rule").asText()).isEqualTo("FILE_MISSING_COLUMNS");
        assertThat(received()).isEmpty();
    }
}
