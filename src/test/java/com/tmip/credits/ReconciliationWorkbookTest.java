package com.tmip.credits;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook writer on its own: detail sheets continue when one is full; nothing is left behind on failure. */
class ReconciliationWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aFullDetailSheetContinuesOnTheNextWithItsOwnHeaderFreezeAndFilter() throws Exception {
        Path target = dir.resolve("r.xlsx");
        ReconciliationTotals totals = new ReconciliationTotals();
        try (ReconciliationWorkbook workbook = new ReconciliationWorkbook(target, 4)) {
            for (int i = 0; i < 7; i++) {
                ReconciliationLine line = ReconciliationTotalsTest.line(ReconciliationOutcome.MATCHED, "A", "1.00", "EUR");
                workbook.add(line);
                totals.add(line);
            }
            totals.ledgerTotal("EUR", 7, 0, new BigDecimal("7.00"));
            workbook.finish(totals);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(target.toFile())) {
            assertThat(read.getNumberOfSheets()).isEqualTo(4);
            assertThat(read.getSheet("Detail").getLastRowNum()).isEqualTo(3);
            assertThat(read.getSheet("Detail 2").getLastRowNum()).isEqualTo(3);
            assertThat(read.getSheet("Detail 3").getLastRowNum()).isEqualTo(1);
            assertThat(read.getSheet("Detail 3").getRow(0).getCell(0).getStringCellValue()).isEqualTo("source");
            assertThat(read.getSheet("Detail 3").getPaneInformation().isFreezePane()).isTrue();
            assertThat(read.getSheet("Detail 3").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W2");
        }
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void anUnfinishedWorkbookLeavesNoFile() throws Exception {
        try (ReconciliationWorkbook workbook = new ReconciliationWorkbook(dir.resolve("r.xlsx"))) {
            workbook.add(new ReconciliationLine(null, null, ReconciliationOutcome.NOT_CREDITED, "K", null, "A", "S",
                    null, null, null, "A", "K", "MX5", "TRADE_IN", LocalDate.of(2026, 1, 1), null, null, null, "", null));
        }
        assertThat(Files.list(dir)).isEmpty();
    }
}
