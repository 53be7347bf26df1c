package com.tmip.input;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Writes the small workbook the reader tests share, as .xlsx or .xls. */
final class TestWorkbooks {

    static final List<String> HEADER = List.of("Serial", "Qty", "Ordered", "Padded", "Active", "Total", "Account");
    static final List<String> FIRST_ROW = List.of("000123", "123", "2024-03-15", "00042", "TRUE", "246",
            "Société Générale");
    /** Row 4 of the sheet (row 3 is blank): only columns A and G are filled. */
    static final List<String> SECOND_ROW = List.of("ABC-9", "", "", "", "", "", "Acme");

    private TestWorkbooks() {
    }

    static Path xlsx(Path dir) throws IOException {
        return write(dir.resolve("equipment.xlsx"), XSSFWorkbook::new);
    }

    static Path xls(Path dir) throws IOException {
        return write(dir.resolve("equipment.xls"), HSSFWorkbook::new);
    }

    static Path write(Path file, Supplier<Workbook> factory) throws IOException {
        try (Workbook wb = factory.get(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.write(out);
        }
        return file;
    }

    /** A hidden first sheet, then "Equipment" with a header, two data rows and a blank row between them. */
    static void fill(Workbook wb) {
        Sheet decoy = wb.createSheet("Old");
        decoy.createRow(0).createCell(0).setCellValue("not this sheet");
        Sheet sheet = wb.createSheet("Equipment");
        wb.setActiveSheet(1);
        wb.setFirstVisibleTab(1);
        wb.setSheetHidden(0, true);

        DataFormat formats = wb.createDataFormat();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
        CellStyle padded = wb.createCellStyle();
        padded.setDataFormat(formats.getFormat("00000"));

        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            header.createCell(i).setCellValue(HEADER.get(i));
        }
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("000123");
        row.createCell(1).setCellValue(123);
        Cell ordered = row.createCell(2);
        ordered.setCellValue(LocalDate.of(2024, 3, 15));
        ordered.setCellStyle(date);
        Cell pad = row.createCell(3);
        pad.setCellValue(42);
        pad.setCellStyle(padded);
        row.createCell(4).setCellValue(true);
        Cell total = row.createCell(5);
        total.setCellFormula("B2*2");
        row.createCell(6).setCellValue("Société Générale");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);

        Row blank = sheet.createRow(2);
        blank.createCell(0).setCellValue("  ");
        blank.createCell(3).setCellStyle(padded);

        Row last = sheet.createRow(3);
        last.createCell(0).setCellValue("ABC-9");
        last.createCell(6).setCellValue("Acme");
    }
}
