package com.tmip.ux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's and operator's side end to end with the real command: help and suggestions, --json and --quiet,
 * runs and runs show, Excel templates filled in and imported, rejected rows back in Excel fixed and imported.
 */
class PartnerExperienceTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;
    Tmip tmip;

    @BeforeEach
    void loadAccounts() {
        tmip = new Tmip(home);
        Tmip.Result accounts = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
    }

    @Test
    void everyCommandHasHelpAndMistypesGetASuggestion() {
        Tmip.Result help = tmip.run("import-equipment", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("usage: java -jar target/tmip.jar import-equipment FILE...")
                .contains("Registers trade-in").contains("--cod-dir DIR").contains("example:");
        for (String command : List.of("import-accounts", "import-users", "cases", "runs", "template")) {
            Tmip.Result result = tmip.run(command, "--help");
            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("usage: java -jar target/tmip.jar " + command).contains("example:");
        }
        assertThat(tmip.run("help", "runs").out()).contains("runs show RUN_ID");

        Tmip.Result command = tmip.run("runz");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("did you mean runs?");
        Tmip.Result option = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(), "--cod-dri", "x");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("did you mean --cod-dir?");
        Tmip.Result global = tmip.run("runs", "--jsno");
        assertThat(global.err()).contains("did you mean --json?");
        assertThat(tmip.run("template", "equipmnet", "--out", "x.xlsx").err()).contains("did you mean equipment?");
    }

    @Test
    void jsonPrintsTheSummaryAndQuietOnlyErrors() throws Exception {
        Tmip.Result json = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(), "--dry-run",
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                "--json");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(3);
        JsonNode summary = new ObjectMapper().readTree(json.out());
        assertThat(summary.get("total").get("rows_read").asLong()).isEqualTo(31);
        String runId = summary.get("run_id").asText();
        assertThat(json.out().strip()).isEqualTo(Files.readString(new Reports(tmip.reports(), runId).dir()
                .resolve("summary.json")).strip());

        Tmip.Result quiet = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString(), "--quiet");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        Tmip.Result quietRejections = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--dry-run", "--quiet", "--cod-dir", SAMPLES.resolve("cod").toString(),
                "--trust-dir", SAMPLES.resolve("trust").toString());
        assertThat(quietRejections.exitCode()).isEqualTo(3);
        assertThat(quietRejections.out()).isEmpty();
        assertThat(quietRejections.err()).contains("14 of 31 rows not accepted").contains("failures.csv");
    }

    @Test
    void runsListsPastRunsNewestFirstAndShowsOne() throws Exception {
        Tmip.Result equipment = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString());
        assertThat(equipment.exitCode()).isEqualTo(3);

        Tmip.Result runs = tmip.run("runs");
        assertThat(runs.exitCode()).as(runs.err()).isZero();
        List<String> lines = runs.out().lines().toList();
        assertThat(lines.get(0)).contains("run id", "job", "files", "started", "duration", "status", "read",
                "accepted", "rejected", "duplicates");
        assertThat(lines.get(2)).startsWith(equipment.runId()).contains("importEquipment", "equipment.csv",
                "completed with rejections", "31", "17", "13");
        assertThat(lines.get(3)).contains("importAccounts", "accounts.csv").containsPattern("completed +[0-9]");

        Tmip.Result show = tmip.run("runs", "show", equipment.runId());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("run " + equipment.runId(), "status:   completed with rejections",
                "cases created: 9, updated: 0", "summary.json", "failures.csv", "rejected-rows.csv", "registered.csv");

        JsonNode listed = new ObjectMapper().readTree(tmip.run("runs", "--json").out()).get("runs");
        assertThat(listed.get(0).get("total").get("accepted").asLong()).isEqualTo(17);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("completed with rejections");

        Tmip.Result missing = tmip.run("runs", "show", "20200101-000000-beef");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no run 20200101-000000-beef");
    }

    @Test
    void aFilledEquipmentTemplateImportsAsIs() {
        Path template = home.resolve("equipment-template.xlsx");
        Tmip.Result written = tmip.run("template", "equipment", "--out", template.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();

        XSSFWorkbook workbook = Workbooks.open(template);
        assertThat(workbook.getSheetName(0)).isEqualTo("Equipment");
        assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(Workbooks.header(sheet)).containsExactly("account", "serial_number", "platform", "disposition",
                "cod_file", "series", "cloud_marketplace", "reference", "order_date", "contact");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        List<String> lists = sheet.getDataValidations().stream()
                .map(v -> v.getValidationConstraint().getFormula1()).toList();
        assertThat(lists).anyMatch(f -> f.startsWith("'Lists'!$A$2:$A$")); // accounts
        assertThat(sheet.getDataValidations()).extracting(DataValidation::getRegions)
                .extracting(r -> r.getCellRangeAddress(0).getFirstColumn())
                .contains(0, 2, 3, 5, 6, 8);
        Sheet hidden = workbook.getSheet("Lists");
        assertThat(hidden.getRow(0).getCell(0).getStringCellValue()).isEqualTo("account");
        List<String> accounts = new java.util.ArrayList<>();
        for (int r = 1; r <= hidden.getLastRowNum(); r++) {
            if (hidden.getRow(r).getCell(0) != null) {
                accounts.add(hidden.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(accounts).contains("Contoso Networks Ltd", "Northwind Telecom").isSorted();
        assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
        assertThat(sheet.getColumnStyle(8).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue())
                .contains("How to fill in");

        Workbooks.type(sheet, 1, "account", "Northwind Telecom");
        Workbooks.type(sheet, 1, "serial_number", "000123456");
        Workbooks.type(sheet, 1, "platform", "MX960");
        Workbooks.type(sheet, 1, "disposition", "TRADE_IN");
        Workbooks.type(sheet, 1, "reference", "TPL-1");
        Workbooks.type(sheet, 1, "order_date", LocalDate.of(2026, 9, 1));
        Workbooks.type(sheet, 2, "account", "Contoso Networks Ltd");
        Workbooks.type(sheet, 2, "serial_number", "00777");
        Workbooks.type(sheet, 2, "platform", "MX204");
        Workbooks.type(sheet, 2, "disposition", "TRADE_IN");
        Workbooks.type(sheet, 2, "series", "MX Series");
        Workbooks.type(sheet, 2, "cloud_marketplace", "false");
        Path filled = home.resolve("filled.xlsx");
        Workbooks.save(workbook, filled);

        Tmip.Result imported = tmip.run("import-equipment", filled.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial IN ('000123456', '00777')"))
                .as("leading zeros survive").isEqualTo(2);
    }

    @Test
    void aFilledUsersTemplateImportsAsIs() {
        Path template = home.resolve("users-template.xlsx");
        assertThat(tmip.run("template", "users", "--out", template.toString()).exitCode()).isZero();
        XSSFWorkbook workbook = Workbooks.open(template);
        XSSFSheet sheet = workbook.getSheetAt(0);
        assertThat(Workbooks.header(sheet)).startsWith("first_name", "last_name", "email").contains("user_role");
        Sheet lists = workbook.getSheet("Lists");
        assertThat(lists.getRow(0).getCell(0).getStringCellValue()).isEqualTo("user_role");
        assertThat(lists.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Customer");

        Workbooks.type(sheet, 1, "first_name", "Ada");
        Workbooks.type(sheet, 1, "last_name", "Lovelace");
        Workbooks.type(sheet, 1, "email", "ada.lovelace@northwind.example");
        Workbooks.type(sheet, 1, "phone", "+1 415 555 0132");
        Workbooks.type(sheet, 1, "start_date", LocalDate.of(2026, 1, 12));
        Workbooks.type(sheet, 1, "password", "Velvet-Harbor-Lantern-42");
        Workbooks.type(sheet, 1, "confirm_password", "Velvet-Harbor-Lantern-42");
        Workbooks.type(sheet, 1, "username", "alovelace");
        Workbooks.type(sheet, 1, "user_role", "Partner");
        Workbooks.type(sheet, 1, "account", "Northwind Telecom");
        Path filled = home.resolve("users.xlsx");
        Workbooks.save(workbook, filled);

        Tmip.Result imported = tmip.run("import-users", filled.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user WHERE username = 'alovelace'")).isEqualTo(1);
    }

    @Test
    void theCreditsTemplateHasTheLedgerColumns() {
        Path template = home.resolve("credits.xlsx");
        assertThat(tmip.run("template", "credits", "--out", template.toString()).exitCode()).isZero();
        XSSFSheet sheet = Workbooks.open(template).getSheetAt(0);
        assertThat(Workbooks.header(sheet)).containsExactly("credit_id", "case_id", "account", "serial_number",
                "amount", "currency", "issued_on");
        assertThat(sheet.getColumnStyle(3).getDataFormatString()).isEqualTo("@");
        assertThat(sheet.getColumnStyle(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    @Test
    void rejectedRowsComeBackInTheWorkbookAndImportOnceFixed() {
        Path template = home.resolve("template.xlsx");
        assertThat(tmip.run("template", "equipment", "--out", template.toString()).exitCode()).isZero();
        XSSFWorkbook workbook = Workbooks.open(template);
        XSSFSheet sheet = workbook.getSheetAt(0);
        for (int r = 1; r <= 2; r++) {
            Workbooks.type(sheet, r, "account", "Northwind Telecom");
            Workbooks.type(sheet, r, "serial_number", "0099000" + r);
            Workbooks.type(sheet, r, "disposition", "TRADE_IN");
            Workbooks.type(sheet, r, "order_date", LocalDate.of(2026, 9, 1));
        }
        Workbooks.type(sheet, 1, "platform", "MX480");
        Workbooks.type(sheet, 2, "platform", "MX999");
        Workbooks.type(sheet, 2, "reference", "Plan 7");
        Path upload = home.resolve("upload.xlsx");
        Workbooks.save(workbook, upload);

        Tmip.Result first = tmip.run("import-equipment", upload.toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(3);
        Path rejected = new Reports(tmip.reports(), first.runId()).dir().resolve("rejected-rows.xlsx");
        assertThat(first.out()).contains("rejected-rows-xlsx:").contains(rejected.toString());

        XSSFWorkbook back = Workbooks.open(rejected);
        XSSFSheet rows = back.getSheetAt(0);
        assertThat(rows.getSheetName()).isEqualTo("Equipment");
        assertThat(Workbooks.header(rows)).containsExactly("account", "serial_number", "platform", "disposition",
                "cod_file", "series", "cloud_marketplace", "reference", "order_date", "contact", "errors");
        assertThat(rows.getLastRowNum()).as(new Reports(tmip.reports(), first.runId()).csv("failures.csv").toString()).isEqualTo(1);
        Cell platform = rows.getRow(1).getCell(2);
        assertThat(platform.getStringCellValue()).isEqualTo("MX999");
        assertThat(platform.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(platform.getCellComment().getString().getString()).contains("MX999");
        assertThat(rows.getRow(1).getCell(0).getCellComment()).isNull();
        assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("00990002");
        assertThat(rows.getRow(1).getCell(8).getStringCellValue()).isEqualTo("2026-09-01");
        assertThat(rows.getRow(1).getCell(10).getStringCellValue()).contains("MX999");

        platform.setCellValue("MX960");
        Path fixed = home.resolve("fixed.xlsx");
        Workbooks.save(back, fixed);
        Tmip.Result second = tmip.run("import-equipment", fixed.toString());
        assertThat(second.exitCode()).as(new Reports(tmip.reports(), second.runId()).csv("failures.csv").toString()).isZero();
        assertThat(tmip.string("SELECT platform FROM equipment_item WHERE serial = '00990002'")).isEqualTo("MX960");
        assertThat(second.out()).contains("ignored unknown columns: errors");
    }
}
