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
            assertThat(detail.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U20");
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
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("EUR", "12", "23,400.00", "23,400.00", "TRUE"));
        assertThat(detail.get(0)).containsExactlyElementsOf(ReconciliationLine.COLUMNS);
        assertThat(detail).hasSize(1 + 14 + 5);
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
