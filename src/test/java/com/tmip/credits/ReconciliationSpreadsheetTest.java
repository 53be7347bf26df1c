package com.tmip.credits;

import com.opencsv.CSVReader;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reconciliation.xlsx} of the sample ledger: its structure read with POI, and the file opened by a real
 * spreadsheet program (LibreOffice, headless, converting each sheet to CSV). Without {@code soffice} on the PATH
 * that part is skipped with a message; {@code .ci/run} installs it.
 */
class ReconciliationSpreadsheetTest {

    @TempDir
    Path home;
    Path xlsx;

    @BeforeEach
    void reconcileTheSample() throws IOException {
        Tmip tmip = new Tmip(home);
        Path properties = home.resolve("test.properties");
        Files.writeString(properties, "tmip.today=2026-11-25\ntmip.credits.rates=file:"
                + ReconcileCreditsContract.RATES + "\n");
        String config = "--spring.config.additional-location=file:" + properties;
        Path samples = ReconcileCreditsContract.SAMPLES;
        tmip.run("import-accounts", samples.resolve("accounts.csv").toString(), config);
        tmip.run("import-equipment", samples.resolve("equipment.csv").toString(), "--cod-dir",
                samples.resolve("cod").toString(), "--trust-dir", samples.resolve("trust").toString(), config);
        Tmip.Result result = tmip.run("reconcile-credits", samples.resolve("credits.csv").toString(), config);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        xlsx = new Reports(tmip.reports(), result.runId()).dir().resolve("reconciliation.xlsx");
    }

    @Test
    void hasFrozenFilteredDetailWithRealNumbersDatesAndInertText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            XSSFSheet detail = workbook.getSheet("Detail");
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
            assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(detail.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(detail.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W25");
            Row first = detail.getRow(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("CR-0001");
            assertThat(first.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(10))).isTrue();
            Row formula = findRow(detail, "CR-0019");
            assertThat(formula.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(5).getStringCellValue()).isEqualTo("=1+2");
            assertThat(formula.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everyLedgerRowIsInTheDetailAndTheSummaryBalancesThemAllWithAccountNames() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet detail = workbook.getSheet("Detail");
            List<Integer> ledgerRows = new ArrayList<>();
            for (int r = 1; r <= detail.getLastRowNum(); r++) {
                if (detail.getRow(r).getCell(0).getStringCellValue().equals("ledger")) {
                    ledgerRows.add((int) detail.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertThat(ledgerRows).as("no jump from 14 to 20").containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                    14, 15, 16, 17, 18, 19, 20);
            Row unreadable = detail.getRow(15);
            assertThat(unreadable.getCell(3).getStringCellValue()).isEqualTo("LINE_REJECTED");
            assertThat(unreadable.getCell(8)).as("no amount where the cell is not a number").isNull();
            assertThat(unreadable.getCell(21).getStringCellValue()).isEqualTo("2500,00");
            assertThat(unreadable.getCell(20).getStringCellValue()).startsWith("AMOUNT_INVALID: ");
            Row badDate = detail.getRow(17);
            assertThat(badDate.getCell(10).getStringCellValue()).as("as written, a text cell").isEqualTo("2026-02-30");
            assertThat(badDate.getCell(8).getNumericCellValue()).isEqualTo(2500.0);

            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(values(summary, "EUR", 0)).as("Currency, ledger lines, not a number, ledger total, lines"
                    + " over outcomes, sum over outcomes, balanced").containsExactly("EUR", "16.0", "1.0", "29950.0",
                    "16.0", "29950.0", "true");
            assertThat(values(summary, "EUX", 0)).containsExactly("EUX", "1.0", "0.0", "2500.0", "1.0", "2500.0",
                    "true");
            assertThat(values(summary, "ACC-1003", 0)).as("owed per account and currency")
                    .containsExactly("ACC-1003", "Fabrikam Carrier Services", "EUR", "2.0", "4300.0", "1.0", "2500.0");
            assertThat(values(summary, "ACC-1001", 1)).as("per account, with its name")
                    .startsWith("ACC-1001", "Northwind Telecom", "EUR", "MATCHED", "4.0", "6300.0");
            assertThat(values(summary, "LINE_REJECTED", 0)).containsExactly("LINE_REJECTED", "EUR", "4.0", "6550.0",
                    "1.0");
        }
    }

    /** The cells of the {@code occurrence}-th Summary row (0-based) whose first cell is {@code first}. */
    private static List<String> values(XSSFSheet sheet, String first, int occurrence) {
        int seen = 0;
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first) && seen++ == occurrence) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                    default -> cell.getStringCellValue();
                }));
                return values;
            }
        }
        throw new AssertionError("no row " + first + " #" + occurrence);
    }

    @Test
    void opensInLibreOffice() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        if (soffice.isEmpty()) {
            System.err.println("SKIPPED: soffice (LibreOffice) is not installed; reconciliation.xlsx was not opened in"
                    + " a spreadsheet program. Install libreoffice-calc-nogui (.ci/run does).");
            Assumptions.abort("soffice (LibreOffice) is not installed");
        }
        Path out = home.resolve("converted");
        Process process = new ProcessBuilder(soffice.get().toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + home.resolve("lo-profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(home.resolve("soffice.log"))).isZero();

        List<List<String>> summary = read(out.resolve("reconciliation-Summary.csv"));
        List<List<String>> detail = read(out.resolve("reconciliation-Detail.csv"));

        assertThat(summary.get(0)).startsWith("Outcome", "Currency", "Count", "Amount");
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("MATCHED", "EUR", "6", "15,300.00"));
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("EUR", "16", "1", "29,950.00", "16", "29,950.00",
                "TRUE"));
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("ACC-1002", "Contoso Networks Ltd", "EUR", "1",
                "6,000.00"));
        assertThat(detail.get(0)).containsExactlyElementsOf(ReconciliationLine.COLUMNS);
        assertThat(detail).hasSize(1 + 19 + 5);
        List<String> first = detail.get(1);
        assertThat(first.get(2)).isEqualTo("CR-0001");
        assertThat(first.get(8)).as("a number cell, shown with its format").isEqualTo("1,500.00");
        assertThat(first.get(10)).as("a date cell, shown with its format").isEqualTo("2026-10-01");
        List<String> formula = detail.stream().filter(l -> l.get(2).equals("CR-0019")).findFirst().orElseThrow();
        assertThat(formula.get(5)).as("text, never evaluated").isEqualTo("=1+2");
    }

    private static Row findRow(XSSFSheet sheet, String creditId) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && creditId.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + creditId);
    }

    private static List<List<String>> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader lines = new CSVReader(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] line : lines) {
                rows.add(Arrays.asList(line));
            }
            return rows;
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
