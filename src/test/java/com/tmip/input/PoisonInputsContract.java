package com.tmip.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or broken input files end as that file's or that row's rejection, with a rule code and a one-line
 * message: the run goes on with the other files and rows, exits 3, and a rerun of the same command completes. No
 * character that is not text reaches a table or a report. Run against each database by a subclass.
 */
abstract class PoisonInputsContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String HEADER = "account,serial_number,platform,disposition,cod_file,series,cloud_marketplace,"
            + "reference,order_date,contact";
    static final List<String> HEADER_CELLS = List.of(HEADER.split(","));

    @TempDir
    Path home;
    @TempDir
    Path in;
    Tmip tmip;

    /** The database this run of the contract uses; closed after each test. */
    abstract Database database(Path home);

    /**
     * Loads the sample accounts from a copy that ends in a random number of blank lines: runs of the same input are
     * locked across the whole PostgreSQL server, so other builds on this server importing the samples at the same
     * moment would refuse ours.
     */
    @BeforeEach
    void loadAccounts() throws IOException {
        tmip = new Tmip(home, database(home));
        Path accountsCopy = Files.writeString(in.resolve("accounts.csv"), Files.readString(SAMPLES.resolve(
                "accounts.csv")) + "\n".repeat(1 + ThreadLocalRandom.current().nextInt(100_000)));
        Tmip.Result accounts = tmip.run("import-accounts", accountsCopy.toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
    }

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    static String row(String serial, String reference) {
        return "Northwind Telecom," + serial + ",MX480,TRADE_IN,,MX Series,," + reference + ",2026-09-14,";
    }

    static List<String> rowCells(String serial, String reference) {
        return List.of(row(serial, reference).split(",", -1));
    }

    /** The NUL comes after the first 64 KB, which the file's inspection checks for binary data. */
    @Test
    void aNulInACsvCellRejectsItsRowAndIsNeverWrittenRaw() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 1_200; i++) {
            csv.append(row(String.format("FIL%05d", i), "P1")).append('\n');
        }
        csv.append(row("NUL0002", "P\u00001")).append('\n').append(row("NUL0003", "P1\u0007")).append('\n');
        Path list = Files.writeString(in.resolve("nul.csv"), csv, StandardCharsets.UTF_8);

        Tmip.Result result = runTwice("import-equipment", list.toString());

        Reports reports = new Reports(tmip.reports(), result.runId());
        assertThat(rules(reports)).containsExactly(List.of("1202", "reference", "CELL_CONTROL_CHARACTER"),
                List.of("1203", "reference", "CELL_CONTROL_CHARACTER"));
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(1_200);
        assertThat(reports.csv("rejected-rows.csv").get(1)).contains("P\uFFFD1");
        assertNoControlCharacters();
    }

    @Test
    void aNulInAnXlsxStringRejectsItsRow() throws IOException {
        Path list = RawXlsx.write(in.resolve("nul.xlsx"), "Equipment", RawXlsx.row(1, HEADER_CELLS)
                + RawXlsx.row(2, rowCells("NUL0001", "P1"))
                + "<row r=\"3\">" + RawXlsx.cell("A3", "Northwind Telecom") + RawXlsx.cell("B3", "NUL0002")
                + RawXlsx.cell("C3", "MX480") + RawXlsx.cell("D3", "TRADE_IN") + "<c r=\"H3\" t=\"s\"><v>0</v></c>"
                + "</row>", strings -> strings.append("<si><t>P_x0000_1</t></si>"));

        Tmip.Result result = runTwice("import-equipment", list.toString());

        assertThat(rules(new Reports(tmip.reports(), result.runId())))
                .containsExactly(List.of("3", "reference", "CELL_CONTROL_CHARACTER"));
        assertNoControlCharacters();
    }

    @Test
    void aCellOfMillionsOfCharactersRejectsItsRowBeforeAnythingIsStored() throws IOException {
        Path list = in.resolve("long.csv");
        try (var out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n" + row("LONG0001", "P1") + "\n");
            out.write(row("LONG0002", "P" + "x".repeat(17_000_000)) + "\n");
        }

        Tmip.Result result = runTwice("import-equipment", list.toString());

        Reports reports = new Reports(tmip.reports(), result.runId());
        assertThat(rules(reports)).contains(List.of("3", "reference", "CELL_TOO_LONG"))
                .allMatch(rule -> rule.get(0).equals("3"));
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(1);
        assertThat(Files.size(reports.dir().resolve("rejected-rows.csv"))).isLessThan(100_000);
    }

    /**
     * A record whose line break is missing: it would be read to the end of the file in one piece (a gigabyte is
     * enough to exhaust any heap). Past tmip.input.max-record-chars (lowered here, as a gigabyte file is not written
     * by a test) the file is rejected from that row on; the rows before it are registered.
     */
    @Test
    void aRecordWithoutLineBreakRejectsTheFileFromItsRow() throws IOException {
        Path list = in.resolve("endless.csv");
        try (var out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n" + row("ENDL0001", "P1") + "\n" + row("ENDL0002", "P1") + ",");
            for (int i = 0; i < 2_000; i++) {
                out.write("x".repeat(1_000));
            }
        }

        Tmip.Result result = runTwice("import-equipment", list.toString(), "--tmip.input.max-record-chars=1000000");

        Reports reports = new Reports(tmip.reports(), result.runId());
        List<List<String>> failures = reports.csv("failures.csv").stream().skip(1).toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).get(4)).isEqualTo("FILE_RECORD_TOO_LONG");
        assertThat(failures.get(0).get(5)).contains("from row 3").hasSizeLessThan(400);
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void aValueAtColumnZZZZZZRejectsItsRowOnly() throws IOException {
        Path list = RawXlsx.write(in.resolve("far.xlsx"), "Equipment", RawXlsx.row(1, HEADER_CELLS)
                + RawXlsx.row(2, rowCells("FAR0001", "P1"))
                + RawXlsx.row(3, rowCells("FAR0002", "P1")).replace("</row>", RawXlsx.cell("ZZZZZZ3", "x") + "</row>")
                + RawXlsx.row(4, rowCells("FAR0003", "P1")));

        Tmip.Result result = runTwice("import-equipment", list.toString());

        Reports reports = new Reports(tmip.reports(), result.runId());
        assertThat(rules(reports)).containsExactly(List.of("3", "column 321272406 (ZZZZZZ)", "ROW_TOO_MANY_COLUMNS"));
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(2);
    }

    @Test
    void aHeaderAtColumnZZZZZZRejectsTheFileAndTheOtherFilesGoOn() throws IOException {
        Path list = RawXlsx.write(in.resolve("far.xlsx"), "Equipment", RawXlsx.row(1, HEADER_CELLS)
                .replace("</row>", RawXlsx.cell("ZZZZZZ1", "x") + "</row>") + RawXlsx.row(2, rowCells("FAR0001", "P1")));

        assertFileRejected(list, "FILE_TOO_MANY_COLUMNS");
    }

    @Test
    void aHeaderLabelOfThousandsOfCharactersRejectsTheFile() throws IOException {
        Path list = Files.writeString(in.resolve("header.csv"), HEADER + ",notes" + "n".repeat(5_000) + "\n"
                + row("HDR0001", "P1") + ",x\n");

        assertFileRejected(list, "FILE_HEADER_TOO_LONG");
    }

    @Test
    void aSheetNameLongerThanExcelAllowsRejectsTheFile() throws IOException {
        Path list = RawXlsx.write(in.resolve("sheet.xlsx"), "S".repeat(250), RawXlsx.row(1, HEADER_CELLS)
                + RawXlsx.row(2, rowCells("SHT0001", "P1")));

        assertFileRejected(list, "FILE_SHEET_NAME_TOO_LONG");
    }

    /**
     * The limit is lowered by property: the same check refuses a 1.5 GB table at the default 100 MB. The strings do
     * not repeat, so the file stays under POI's zip-bomb ratio, like the 29:1 workbook of the issue.
     */
    @Test
    void sharedStringsOverTheirLimitRejectTheFile() throws IOException {
        Random random = new Random(13);
        Path list = RawXlsx.write(in.resolve("strings.xlsx"), "Equipment", RawXlsx.row(1, HEADER_CELLS)
                + RawXlsx.row(2, rowCells("SST0001", "P1")), strings -> {
            for (int i = 0; i < 4_000; i++) {
                strings.append("<si><t>" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "</t></si>");
            }
        });

        assertFileRejected(list, "FILE_SHARED_STRINGS_TOO_LARGE", "--tmip.input.max-shared-strings-bytes=50000");
    }

    /** The poison file is rejected with {@code rule}, the sample list beside it is imported, twice alike. */
    private void assertFileRejected(Path poison, String rule, String... options) {
        String[] args = Stream.concat(Stream.of("import-equipment", poison.toString(),
                SAMPLES.resolve("equipment.csv").toString()), Stream.of(options)).toArray(String[]::new);
        Tmip.Result result = runTwice(args);
        Reports reports = new Reports(tmip.reports(), result.runId());
        List<List<String>> fileLines = reports.csv("failures.csv").stream().skip(1)
                .filter(l -> l.get(0).equals(poison.getFileName().toString())).toList();
        assertThat(fileLines).hasSize(1);
        assertThat(fileLines.get(0).get(4)).isEqualTo(rule);
        assertThat(fileLines.get(0).get(5)).doesNotContain("\n").hasSizeLessThan(400);
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("rows_read").asLong()).isGreaterThanOrEqualTo(31);
    }

    /** Runs the command, checks it finished with rejections and no stack trace, then runs it again alike. */
    private Tmip.Result runTwice(String... args) {
        Tmip.Result first = tmip.run(args);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.err() + first.out()).doesNotContain("Exception", "\tat ");
        Tmip.Result again = tmip.run(args);
        assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
        assertThat(again.err() + again.out()).doesNotContain("Exception", "\tat ");
        return first;
    }

    /** (row, column, rule) of each line of failures.csv. */
    private static List<List<String>> rules(Reports reports) {
        return reports.csv("failures.csv").stream().skip(1).map(l -> List.of(l.get(2), l.get(3), l.get(4))).toList();
    }

    private void assertNoControlCharacters() throws IOException {
        try (Stream<Path> files = Files.walk(tmip.reports())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json"))
                    .toList()) {
                assertThat(Files.readAllBytes(file)).as(file.toString()).doesNotContain((byte) 0, (byte) 7);
            }
        }
        String cells = tmip.query(jdbc -> String.join("", jdbc.queryForList(
                "SELECT COALESCE(cells, '') || COALESCE(errors, '') FROM row_outcome", String.class)));
        assertThat(cells).doesNotContain("\u0000", "\u0007", "\\u0000", "\\u0007");
    }
}
