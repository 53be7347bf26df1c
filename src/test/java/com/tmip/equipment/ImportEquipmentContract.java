package com.tmip.equipment;

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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The equipment registration job end to end: the real command on the sample files, asserting exit codes,
 * summary counts, table rows and report lines. Run against each database by a subclass.
 */
abstract class ImportEquipmentContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String TRUST = SAMPLES.resolve("trust").toString();

    @TempDir
    Path home;
    Tmip tmip;

    /** The database this run of the contract uses; closed after each test. */
    abstract Database database(Path home);

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @BeforeEach
    void loadAccounts() {
        tmip = new Tmip(home, database(home));
        Tmip.Result accounts = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
    }

    @Test
    void registersTheSampleCsvAndReportsEveryOtherRow() {
        Tmip.Result result = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", TRUST);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(31);
        assertThat(total.get("accepted").asLong()).isEqualTo(17);
        assertThat(total.get("rejected").asLong()).isEqualTo(13);
        assertThat(total.get("duplicates").asLong()).isEqualTo(1);
        assertThat(total.get("cases_created").asLong()).isEqualTo(9);
        assertThat(total.get("cases_updated").asLong()).isZero();

        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(17);
        assertThat(tmip.count("SELECT COUNT(*) FROM tmip_case")).isEqualTo(9);
        assertThat(tmip.count("SELECT COUNT(*) FROM tmip_case WHERE synopsis = 'TMIP Program Registration'"
                + " AND description = 'TMIP Program Registration' AND case_type = 'Admin Service Request'"
                + " AND series = 'MX Series' AND cloud_marketplace = FALSE")).isEqualTo(9);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item i JOIN tmip_case c ON c.case_id = i.case_id"
                + " WHERE c.account_id = 'ACC-1001' AND c.disposition = 'TRADE_IN' AND c.reference = 'NW-2026-01'"))
                .as("rows 2-5 of Northwind, written four ways, share one case").isEqualTo(4);
        List<String> caseIds = tmip.query(jdbc -> jdbc.queryForList("SELECT case_id FROM tmip_case ORDER BY case_id",
                String.class));
        assertThat(caseIds).allMatch(id -> id.matches("\\d{4}-\\d{4}-\\d{4}"));
        assertThat(tmip.string("SELECT case_id FROM equipment_item WHERE serial = 'JN11A2B3CAFA'"))
                .as("cases are numbered in the order their first row appears").endsWith("-0001");
        assertThat(caseIds).doesNotHaveDuplicates();
        assertThat(tmip.string("SELECT platform FROM equipment_item WHERE serial = 'JN11A2B3CAFC'")).isEqualTo("MX960");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = 'JN11A2B3CAFD'"))
                .as("serial trimmed and upper-cased").isEqualTo(1);

        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures.get(0)).containsExactly("file", "sheet", "row", "column", "rule", "message", "value");
        Map<String, List<String>> byRow = failures.subList(1, failures.size()).stream()
                .collect(Collectors.groupingBy(l -> l.get(2), Collectors.mapping(l -> l.get(4), Collectors.toList())));
        assertThat(byRow.get("19")).containsExactly("DUPLICATE_IN_FILE");
        assertThat(byRow.get("20")).containsExactly("ACCOUNT_UNKNOWN");
        assertThat(byRow.get("22")).containsExactly("SERIAL_FORMAT");
        assertThat(byRow.get("23")).containsExactly("PLATFORM_UNKNOWN");
        assertThat(byRow.get("24")).containsExactly("SERIES_INVALID");
        assertThat(byRow.get("25")).as("a certificate made out to another account, that does not list the serial")
                .containsExactlyInAnyOrder("COD_SERIAL_NOT_LISTED", "COD_ACCOUNT_MISMATCH");
        assertThat(byRow.get("26")).containsExactly("COD_FILE_NOT_FOUND");
        assertThat(byRow.get("27")).containsExactly("CLOUD_MARKETPLACE_NOT_ALLOWED");
        assertThat(byRow.get("28")).containsExactly("DISPOSITION_INVALID");
        assertThat(byRow.get("29")).containsExactly("ORDER_DATE_INVALID");
        assertThat(byRow.get("30")).containsExactly("ORDER_DATE_IN_FUTURE");
        assertThat(byRow.get("31")).as("every failed check of a row is reported").containsExactlyInAnyOrder("REQUIRED", "REQUIRED");
        assertThat(byRow.get("32")).containsExactly("CONTACT_UNKNOWN");
        List<String> misspelt = failures.stream().filter(l -> l.get(2).equals("21")).findFirst().orElseThrow();
        assertThat(misspelt).containsSubsequence("equipment.csv", "", "21", "account", "ACCOUNT_UNKNOWN");
        assertThat(misspelt.get(5)).contains("Contoso Networks Ltd");
        assertThat(misspelt.get(6)).isEqualTo("Contoso Networkz Ltd");
        String duplicateMessage = failures.stream().filter(l -> l.get(2).equals("19")).findFirst().orElseThrow().get(5);
        String holder = tmip.string("SELECT case_id FROM equipment_item WHERE serial = 'JN11A2B3CAFA'");
        assertThat(duplicateMessage).contains("row 2").contains(holder);

        List<List<String>> rejected = reports.csv("rejected-rows.csv");
        assertThat(rejected).hasSize(1 + 13);
        assertThat(rejected.get(0)).startsWith("account", "serial_number", "platform").endsWith("contact", "errors");
        assertThat(rejected.get(1)).startsWith("Acme Corporation", "AC00001234");
        assertThat(rejected.get(1).get(10)).contains("no known account");

        List<List<String>> registered = reports.csv("registered.csv");
        assertThat(registered).hasSize(1 + 17);
        assertThat(registered.get(1)).startsWith("equipment.csv", "", "2");
        assertThat(registered.get(1).get(3)).matches("\\d{4}-\\d{4}-\\d{4}");
        assertThat(registered.get(1).get(4)).isEqualTo("JN11A2B3CAFA");

        assertThat(result.out()).contains("31").contains("17").contains("failures.csv");
    }

    @Test
    void theSameFileTwiceRegistersNothingTheSecondTime() {
        String csv = SAMPLES.resolve("equipment.csv").toString();
        String cod = SAMPLES.resolve("cod").toString();
        Tmip.Result first = tmip.run("import-equipment", csv, "--cod-dir", cod, "--trust-dir", TRUST);
        assertThat(first.exitCode()).isEqualTo(3);

        Tmip.Result second = tmip.run("import-equipment", csv, "--cod-dir", cod, "--trust-dir", TRUST);

        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.runId()).isNotEqualTo(first.runId());
        JsonNode total = new Reports(tmip.reports(), second.runId()).summary().get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(31);
        assertThat(total.get("accepted").asLong()).isZero();
        assertThat(total.get("duplicates").asLong()).isEqualTo(18);
        assertThat(total.get("rejected").asLong()).isEqualTo(13);
        assertThat(total.get("cases_created").asLong()).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(17);
        assertThat(tmip.count("SELECT COUNT(*) FROM tmip_case")).isEqualTo(9);
        List<List<String>> failures = new Reports(tmip.reports(), second.runId()).csv("failures.csv");
        assertThat(failures.stream().filter(l -> l.get(4).equals("ALREADY_REGISTERED"))).hasSize(18);
    }

    @Test
    void aSerialInTwoFilesOfOneImportIsADuplicateInTheRun(@TempDir Path in) throws IOException {
        Path first = Files.writeString(in.resolve("first.csv"), """
                account,serial_number,platform,disposition,reference
                Northwind Telecom,RUN0001,MX480,TRADE_IN,PLAN-A
                Northwind Telecom,RUN0002,MX480,TRADE_IN,PLAN-A
                """);
        Path second = Files.writeString(in.resolve("second.csv"), """
                account,serial_number,platform,disposition,reference
                Northwind Telecom,RUN0003,MX480,TRADE_IN,PLAN-A
                Northwind Telecom,run0002,MX480,TRADE_IN,PLAN-A
                Northwind Telecom,RUN0003,MX480,TRADE_IN,PLAN-A
                """);

        Tmip.Result result = tmip.run("import-equipment", first.toString(), second.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        JsonNode total = new Reports(tmip.reports(), result.runId()).summary().get("total");
        assertThat(total.get("accepted").asLong()).isEqualTo(3);
        assertThat(total.get("duplicates").asLong()).isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(3);
        List<List<String>> failures = new Reports(tmip.reports(), result.runId()).csv("failures.csv");
        assertThat(failures.subList(1, failures.size()))
                .extracting(l -> l.get(0), l -> l.get(2), l -> l.get(4))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("second.csv", "3", "DUPLICATE_IN_RUN"),
                        org.assertj.core.groups.Tuple.tuple("second.csv", "4", "DUPLICATE_IN_FILE"));
        assertThat(failures.get(1).get(5)).startsWith("serial RUN0002 appears in another file of this import"
                + " (file 1, row 3, registered in case ");
        assertThat(failures.get(2).get(5)).startsWith("serial RUN0003 appears earlier in this file at row 2");
    }

    @Test
    void aLaterUploadAddsItemsToTheExistingCase(@TempDir Path in) throws IOException {
        Path first = Files.writeString(in.resolve("first.csv"), """
                account,serial_number,platform,disposition,reference
                Northwind Telecom,NWX0001,MX480,TRADE_IN,PLAN-A
                """);
        Path later = Files.writeString(in.resolve("later.csv"), """
                account,serial_number,platform,disposition,reference
                Northwind Telecom,NWX0002,MX480,TRADE_IN,PLAN-A
                Northwind Telecom,NWX0003,MX480,TRADE_IN,PLAN-B
                """);
        assertThat(tmip.run("import-equipment", first.toString()).exitCode()).isZero();

        Tmip.Result result = tmip.run("import-equipment", later.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode total = new Reports(tmip.reports(), result.runId()).summary().get("total");
        assertThat(total.get("cases_created").asLong()).isEqualTo(1);
        assertThat(total.get("cases_updated").asLong()).isEqualTo(1);
        assertThat(tmip.count("SELECT COUNT(DISTINCT case_id) FROM equipment_item WHERE serial IN ('NWX0001', 'NWX0002')"))
                .isEqualTo(1);
        assertThat(tmip.count("SELECT COUNT(*) FROM tmip_case")).isEqualTo(2);
    }

    @Test
    void registersTheSampleWorkbook() {
        Tmip.Result result = tmip.run("import-equipment", SAMPLES.resolve("equipment.xlsx").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", TRUST);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode file = reports.summary().get("files").get(0);
        assertThat(file.get("format").asText()).isEqualTo("XLSX");
        assertThat(file.get("sheet").asText()).isEqualTo("Equipment");
        assertThat(file.get("unknown_columns").get(0).asText()).isEqualTo("Notes");
        assertThat(file.get("rows_read").asLong()).isEqualTo(11);
        assertThat(file.get("accepted").asLong()).isEqualTo(7);
        assertThat(file.get("rejected").asLong()).isEqualTo(4);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = '000123456'"))
                .as("a text serial keeps its leading zeros").isEqualTo(1);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = '98765432'"))
                .as("a serial typed as a number reads as displayed").isEqualTo(1);
        assertThat(tmip.string("SELECT CAST(order_date AS VARCHAR(10)) FROM equipment_item WHERE serial = 'WWD7654321'"))
                .isEqualTo("2026-10-05");
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4)));
        assertThat(ruleByRow).containsOnly(Map.entry("9", "FIXED_VALUE_MISMATCH"), Map.entry("10", "FIXED_VALUE_MISMATCH"),
                Map.entry("12", "ACCOUNT_UNKNOWN"), Map.entry("13", "CLOUD_MARKETPLACE_NOT_ALLOWED"));
        assertThat(reports.csv("registered.csv")).as("the blank row 6 is skipped but row numbers are the sheet's")
                .anyMatch(l -> l.get(2).equals("7") && l.get(4).equals("AWB-2202"));
        assertThat(reports.csv("failures.csv").get(1).get(1)).isEqualTo("Equipment");
    }

    @Test
    void aBrokenFileDoesNotStopTheOthers(@TempDir Path in) throws IOException {
        Path broken = Files.copy(SAMPLES.resolve("cod/cod-contoso-q3.pdf"), in.resolve("equipment-march.csv"));
        Path missingColumn = Files.writeString(in.resolve("no-platform.csv"), """
                account,serial_numbr,disposition
                Northwind Telecom,NWX0009,TRADE_IN
                """);
        Path good = Files.writeString(in.resolve("good.csv"), """
                account,serial_number,platform,disposition
                Northwind Telecom,NWX0010,MX480,TRADE_IN
                """);

        Tmip.Result result = tmip.run("import-equipment", broken.toString(), missingColumn.toString(), good.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode files = reports.summary().get("files");
        assertThat(files.get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(files.get(0).get("problem").get("rule").asText()).isEqualTo("FILE_FORMAT_UNKNOWN");
        assertThat(files.get(1).get("status").asText()).isEqualTo("REJECTED");
        assertThat(files.get(1).get("problem").get("message").asText())
                .contains("serial_number").contains("serial_numbr").contains("platform");
        assertThat(files.get(2).get("accepted").asLong()).isEqualTo(1);
        assertThat(reports.summary().get("total").get("files_rejected").asLong()).isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = 'NWX0010'")).isEqualTo(1);
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures).extracting(l -> l.get(0) + ":" + l.get(4))
                .contains("equipment-march.csv:FILE_FORMAT_UNKNOWN", "no-platform.csv:FILE_MISSING_COLUMNS");
    }

    @Test
    void aDryRunChecksAndReportsButRegistersNothing() {
        Tmip.Result result = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", TRUST, "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("accepted").asLong()).isEqualTo(17);
        assertThat(total.get("duplicates").asLong()).isEqualTo(1);
        assertThat(total.get("cases_created").asLong()).isEqualTo(9);
        assertThat(reports.csv("registered.csv")).hasSize(18);
        assertThat(reports.csv("registered.csv").get(1).get(3)).isEqualTo("(new case)");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM tmip_case")).isZero();
        assertThat(result.out()).contains("DRY RUN");

        Tmip.Result real = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", TRUST);
        assertThat(new Reports(tmip.reports(), real.runId()).summary().get("total").get("accepted").asLong())
                .as("a dry run leaves nothing behind that a real run would see").isEqualTo(17);
    }

    @Test
    void listsTheRegisteredCases() {
        tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(), "--cod-dir",
                SAMPLES.resolve("cod").toString(), "--trust-dir", TRUST);

        Tmip.Result table = tmip.run("cases", "--account", "northwind telecom");
        Tmip.Result csv = tmip.run("cases", "--format", "csv");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("ACC-1001").contains("NW-2026-01").contains("2 cases");
        assertThat(table.out()).doesNotContain("ACC-1002");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("case_id,account_id,account_name,disposition,reference,items,created_at,updated_at,cod_verified");
        assertThat(lines).hasSize(1 + 9);
        assertThat(tmip.run("cases", "--account", "Nobody Inc").exitCode()).isEqualTo(2);
    }

    @Test
    void badArgumentsGetAUsageMessageAndExitCode2() {
        Tmip.Result none = tmip.run();
        Tmip.Result missing = tmip.run("import-equipment", home.resolve("nope.csv").toString());
        Tmip.Result typo = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(), "--cod-dri", "x");
        Tmip.Result command = tmip.run("import-equipmnt", "x.csv");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean --cod-dir");
        assertThat(command.err()).contains("did you mean import-equipment");
        assertThat(none.err() + missing.err() + typo.err() + command.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
