package com.tmip.ux;

import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real spreadsheet program opens the workbooks we write: LibreOffice (headless) converts the template and
 * rejected-rows.xlsx to CSV and the cells read back. Skipped without LibreOffice, except on CI ({@code .ci/run}
 * installs it when missing), where it fails.
 */
class LibreOfficeReadsRejectedRowsTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void libreOfficeOpensTheTemplateAndTheRejectedRows() throws Exception {
        String soffice = soffice();
        Tmip tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
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
        Path rejected = new Reports(tmip.reports(), run.runId()).dir().resolve("rejected-rows.xlsx");

        List<String> templateCsv = convert(soffice, template);
        assertThat(templateCsv.get(0)).startsWith("account,serial_number,platform,disposition");
        List<String> rejectedCsv = convert(soffice, rejected);
        assertThat(rejectedCsv.get(0)).isEqualTo("account,serial_number,platform,disposition,cod_file,series,"
                + "cloud_marketplace,reference,order_date,contact,errors");
        assertThat(rejectedCsv.get(1)).startsWith("Northwind Telecom,0042ABCD,MX9999,TRADE_IN,,,,,2026-09-01,,")
                .contains("MX9999");
    }

    /** Converts the first sheet of {@code workbook} to CSV with LibreOffice and returns its lines. */
    private List<String> convert(String soffice, Path workbook) throws Exception {
        Path out = Files.createDirectories(home.resolve("converted-" + System.nanoTime()));
        Path profile = home.resolve("lo-profile");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(),
                workbook.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("LibreOffice did not finish converting " + workbook);
        }
        String name = workbook.getFileName().toString().replaceAll("\\.xlsx$", ".csv");
        Path csv = out.resolve(name);
        assertThat(csv).as(Files.readString(home.resolve("soffice.log"))).exists();
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "LibreOffice (soffice) is not installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": on CI .ci/run installs it");
        }
        Assumptions.abort(message + "; skipped");
        return null;
    }
}
