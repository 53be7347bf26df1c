package com.tmip.ux;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fills and reads small workbooks the way a person using a spreadsheet program would. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void save(Workbook workbook, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /**
     * Types a value into the first sheet's column {@code name} at {@code rowIndex}: like a spreadsheet program, the
     * new cell takes the column's format; a {@link LocalDate} becomes a date cell.
     */
    static void type(Sheet sheet, int rowIndex, String name, Object value) {
        int column = header(sheet).indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        CellStyle style = sheet.getColumnStyle(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
