package com.tmip.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTest {

    @Test
    void neutralisesTextThatExcelWouldRunAsAFormula() {
        assertThat(CsvReport.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvReport.neutralise("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvReport.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvReport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReport.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvReport.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvReport.neutralise("-12.5")).as("a plain number stays a number").isEqualTo("-12.5");
        assertThat(CsvReport.neutralise("MX480")).isEqualTo("MX480");
        assertThat(CsvReport.neutralise("")).isEmpty();
        assertThat(CsvReport.neutralise(null)).isEmpty();
    }

    /** Excel in a semicolon locale splits an unquoted line on ';': each part could start a formula. */
    @Test
    void neutralisesAFormulaAfterASeparatorExcelMaySplitOn() {
        assertThat(CsvReport.neutralise("x;=1+2")).isEqualTo("'x;=1+2");
        assertThat(CsvReport.neutralise("x, +cmd|' /C calc'!A0")).isEqualTo("'x, +cmd|' /C calc'!A0");
        assertThat(CsvReport.neutralise("a;\"@SUM(A1)\"")).isEqualTo("'a;\"@SUM(A1)\"");
        assertThat(CsvReport.neutralise("a;\t=1")).isEqualTo("'a;\t=1");
        assertThat(CsvReport.neutralise("Smith; -5")).as("a number after a separator").isEqualTo("Smith; -5");
        assertThat(CsvReport.neutralise("a;b, c")).isEqualTo("a;b, c");
        for (String value : List.of("x;=1+2", "a, @b", "'x;=1")) {
            assertThat(CsvReport.restore(CsvReport.neutralise(value))).isEqualTo(value);
        }
    }

    @Test
    void quotesACellWithASemicolonSoThatNoExcelSplitsIt(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.csv");
        try (CsvReport csv = new CsvReport(target, List.of("a", "b"))) {
            csv.row(List.of("x;=1+2", "y;z"));
            csv.complete();
        }
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\n\"'x;=1+2\",\"y;z\"\r\n");
    }

    @Test
    void readingBackRestoresWhatThePartnerWrote() {
        for (String value : List.of("=1+2", "+x", "-y", "@z", "plain", "'quoted", "-5")) {
            assertThat(CsvReport.restore(CsvReport.neutralise(value))).isEqualTo(value);
        }
    }

    @Test
    void writesUtf8WithBomAndOnlyMovesACompleteReportIntoPlace(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out/report.csv");
        try (CsvReport csv = new CsvReport(target, List.of("a", "b"))) {
            csv.row(List.of("Société, \"Générale\"", "=cmd"));
            assertThat(target).doesNotExist();
            csv.complete();
        }
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b\r\n\"Société, \"\"Générale\"\"\",'=cmd\r\n");
        assertThat(dir.resolve("out/report.csv.part")).doesNotExist();

        Path abandoned = dir.resolve("abandoned.csv");
        try (CsvReport csv = new CsvReport(abandoned, List.of("a"))) {
            csv.row(List.of("x"));
        }
        assertThat(abandoned).doesNotExist();
        assertThat(dir.resolve("abandoned.csv.part")).doesNotExist();
    }
}
