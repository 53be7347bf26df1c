package com.tmip.ux;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.apache.poi.ss.usermodel.DataValidation;
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
 * What the partner gets back names their own files and columns: per-file reports named after the file with its
 * extension, columns named as the file's header names them, the template's drop-downs kept in the rejected rows.
 */
class PartnerReportsTest {

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
    void aCsvAndAWorkbookOfTheSameNameGetReportsNamedWithTheirExtension() {
        Tmip.Result run = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                SAMPLES.resolve("equipment.xlsx").toString(), "--dry-run",
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), run.runId());
        assertThat(reports.dir().resolve("rejected-rows-equipment-csv.csv")).exists();
        assertThat(reports.dir().resolve("rejected-rows-equipment-xlsx.csv")).exists();
        Path workbook = reports.dir().resolve("rejected-rows-equipment-xlsx.xlsx");
        assertThat(workbook).exists();
        assertThat(reports.dir().resolve("rejected-rows-equipment-csv.xlsx")).doesNotExist();
        assertThat(run.out()).contains("equipment.xlsx: fix the marked cells in rejected-rows-equipment-xlsx.xlsx"
                + " and upload that file again");
        assertThat(run.out()).doesNotContain("equipment.csv: fix the marked cells");
        JsonNode files = reports.summary().get("files");
        assertThat(files.get(1).get("fix_and_upload").asText()).isEqualTo(workbook.toString());
        assertThat(files.get(0).has("fix_and_upload")).isFalse();
    }

    @Test
    void aSingleWorkbookSaysWhichFileToFixAndUploadAgain() {
        Tmip.Result run = tmip.run("import-equipment", SAMPLES.resolve("equipment.xlsx").toString(), "--dry-run",
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("equipment.xlsx: fix the marked cells in rejected-rows.xlsx and upload that"
                + " file again");
        assertThat(new Reports(tmip.reports(), run.runId()).summary().get("files").get(0)
                .get("fix_and_upload").asText()).endsWith("rejected-rows.xlsx");
    }

    @Test
    void equipmentColumnsAreNamedAsTheFileNamesThem() throws Exception {
        Path list = home.resolve("form-labels.csv");
        Files.writeString(list, """
                Associated Account,Serial Number,Platform,Disposition,CoD File,Cloud Marketplace Product,Order Date
                Northwind Telecom,JN11A2B3CB01,MX480,TRADE_IN,,yes,2026-09-01
                Northwind Telecom,JN11A2B3CB02,MX480,COD,missing.pdf,,2026-09-01
                Northwind Telecom,JN11A2B3CB03,MX480,TRADE_IN,,,someday
                """);
        Tmip.Result run = tmip.run("import-equipment", list.toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), run.runId());
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures).extracting(line -> line.get(3))
                .contains("Cloud Marketplace Product", "CoD File", "Order Date")
                .doesNotContain("cloud_marketplace", "cod_file", "order_date");
        assertThat(failures).extracting(line -> line.get(5))
                .anyMatch(m -> m.startsWith("Cloud Marketplace Product must be blank or false"))
                .noneMatch(m -> m.contains("cloud_marketplace") || m.contains("cod_file") || m.contains("order_date"));
        List<List<String>> rejected = reports.csv("rejected-rows.csv");
        assertThat(rejected.get(1).get(rejected.get(0).indexOf("errors")))
                .startsWith("Cloud Marketplace Product must be blank");
        assertThat(String.join("\n", rejected.stream().map(l -> String.join(",", l)).toList()))
                .doesNotContain("cloud_marketplace").doesNotContain("cod_file").doesNotContain("order_date");
    }

    @Test
    void usersAccountsAndLedgerColumnsAreNamedAsTheFileNamesThem() throws Exception {
        Path users = home.resolve("users.csv");
        Files.writeString(users, """
                First Name,Last Name,Email Address,Start Date,Password,Confirm Password,Username,User Role,Account
                Ada,Lovelace,ada@northwind.example,soon,Velvet-Harbor-Lantern-42,Velvet-Harbor-Lantern-42,alovelace,Partner,Northwind Telecom
                """);
        Tmip.Result run = tmip.run("import-users", users.toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        List<List<String>> failures = new Reports(tmip.reports(), run.runId()).csv("failures.csv");
        assertThat(failures.get(1).get(3)).isEqualTo("Start Date");
        assertThat(failures.get(1).get(5)).startsWith("Start Date \"soon\" is not a valid date");

        Path accounts = home.resolve("accounts.csv");
        Files.writeString(accounts, "Account ID,Account Name\nACC-9001,\n");
        Tmip.Result accountRun = tmip.run("import-accounts", accounts.toString());
        assertThat(accountRun.exitCode()).as(accountRun.out() + accountRun.err()).isEqualTo(3);
        List<List<String>> accountFailures = new Reports(tmip.reports(), accountRun.runId()).csv("failures.csv");
        assertThat(accountFailures.get(1).get(3)).isEqualTo("Account Name");
        assertThat(accountFailures.get(1).get(5)).isEqualTo("Account Name is required");

        Path ledger = home.resolve("ledger.csv");
        Files.writeString(ledger, "Credit ID,Case ID,Account,Serial Number,Credit Amount,Currency,Issued On\n"
                + "CR-1,2026-1125-0001,Northwind Telecom,JN11A2B3CAFA,lots,EUR,2026-10-01\n");
        Tmip.Result credits = tmip.run("reconcile-credits", ledger.toString());
        assertThat(credits.exitCode()).as(credits.out() + credits.err()).isEqualTo(3);
        List<List<String>> ledgerFailures = new Reports(tmip.reports(), credits.runId()).csv("failures.csv");
        assertThat(ledgerFailures.get(1).get(3)).isEqualTo("Credit Amount");
    }

    @Test
    void rejectedRowsOfAFilledTemplateKeepItsDropDownsAndInstructions() {
        Path template = home.resolve("template.xlsx");
        assertThat(tmip.run("template", "equipment", "--out", template.toString()).exitCode()).isZero();
        XSSFWorkbook workbook = Workbooks.open(template);
        XSSFSheet sheet = workbook.getSheetAt(0);
        Workbooks.type(sheet, 1, "account", "Northwind Telecom");
        Workbooks.type(sheet, 1, "serial_number", "0042ABCD");
        Workbooks.type(sheet, 1, "platform", "MX9999");
        Workbooks.type(sheet, 1, "disposition", "TRADE_IN");
        Workbooks.type(sheet, 1, "order_date", LocalDate.of(2026, 9, 1));
        Path upload = home.resolve("upload.xlsx");
        Workbooks.save(workbook, upload);
        Tmip.Result run = tmip.run("import-equipment", upload.toString());
        assertThat(run.exitCode()).isEqualTo(3);

        XSSFWorkbook back = Workbooks.open(new Reports(tmip.reports(), run.runId()).dir().resolve("rejected-rows.xlsx"));
        XSSFSheet rows = back.getSheetAt(0);
        assertThat(Workbooks.header(rows)).endsWith("contact", "errors");
        assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isEqualTo("MX9999");
        assertThat(rows.getRow(1).getCell(2).getCellComment().getString().getString()).contains("MX9999");
        assertThat(rows.getDataValidations()).extracting(DataValidation::getRegions)
                .extracting(r -> r.getCellRangeAddress(0).getFirstColumn())
                .contains(0, 2, 3, 5, 6, 8);
        assertThat(back.getSheetName(1)).isEqualTo("Instructions");
        assertThat(back.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue()).contains("How to fill in");
        assertThat(back.isSheetHidden(back.getSheetIndex("Lists"))).isTrue();
        assertThat(back.getSheet("Lists").getRow(0).getCell(0).getStringCellValue()).isEqualTo("account");
    }
}
