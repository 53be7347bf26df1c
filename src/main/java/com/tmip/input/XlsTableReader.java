package com.tmip.input;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the first visible sheet of a legacy .xls (BIFF8) workbook. It loads the whole workbook with POI's
 * {@link HSSFWorkbook}, which is acceptable here because the format itself is capped at 65,536 rows and 256
 * columns (a few tens of MB at most); the .xlsx reader, for files without such a cap, streams instead.
 */
final class XlsTableReader implements TableReader {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private final CellText text;
    private final CellChecks checks;
    private final String sheetName;
    private final List<String> header;
    private final int headerRowNumber;
    private int rowNumber;

    private XlsTableReader(POIFSFileSystem fs, HSSFWorkbook workbook, Sheet sheet, CellChecks checks)
            throws InputFileException {
        this.fs = fs;
        this.workbook = workbook;
        this.sheet = sheet;
        this.checks = checks;
        this.sheetName = checks.sheetName(sheet.getSheetName());
        this.rows = sheet.rowIterator();
        this.text = new CellText(workbook.getInternalWorkbook().isUsing1904DateWindowing());
        List<String> first = nextCells();
        if (first == null) {
            throw new InputFileException(InputRule.FILE_NO_HEADER,
                    "The sheet \"" + sheetName + "\" has no header row: it is empty.");
        }
        this.header = checks.header(first, -1, rowNumber);
        this.headerRowNumber = rowNumber;
    }

    static TableReader open(InspectedFile file, InputLimits limits) throws InputFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.path().toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
        HSSFWorkbook workbook = null;
        try {
            workbook = new HSSFWorkbook(fs.getRoot(), false);
            Sheet sheet = firstVisible(workbook);
            if (sheet == null) {
                throw new InputFileException(InputRule.FILE_NO_HEADER,
                        "The workbook has no visible sheet. Please unhide the sheet with the list.");
            }
            return new XlsTableReader(fs, workbook, sheet, new CellChecks(limits));
        } catch (InputFileException e) {
            closeQuietly(workbook, fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(workbook, fs);
            throw FileInspector.encrypted();
        } catch (OldExcelFormatException e) {
            closeQuietly(workbook, fs);
            throw new InputFileException(InputRule.FILE_FORMAT_UNKNOWN, "This workbook is in the Excel 5.0/95 "
                    + "format, which is too old to read. Please save it as .xlsx and send it again.", 0, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(workbook, fs);
            throw damaged(e);
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerRowNumber() {
        return headerRowNumber;
    }

    @Override
    public SourceRow next() throws InputFileException {
        List<String> cells = nextCells();
        return cells == null ? null : checks.row(rowNumber, cells, -1, header);
    }

    private List<String> nextCells() throws InputFileException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                rowNumber = row.getRowNum() + 1;
                List<String> cells = cells(row);
                if (!CellText.isBlank(cells)) {
                    return CellText.trimTrailing(cells);
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new InputFileException(InputRule.FILE_CORRUPT, "The sheet \"" + sheetName
                    + "\" cannot be read from row " + (rowNumber + 1) + " on: the workbook is damaged.",
                    rowNumber + 1, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(workbook, fs);
    }

    private List<String> cells(Row row) {
        int last = row.getLastCellNum();
        List<String> cells = new ArrayList<>(Math.max(last, 0));
        for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format(cell, cell.getCellType()));
        }
        return cells;
    }

    private String format(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield text.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
            case FORMULA -> format(cell, cell.getCachedFormulaResultType());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static Sheet firstVisible(HSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        return null;
    }

    private static InputFileException damaged(Exception cause) {
        return new InputFileException(InputRule.FILE_CORRUPT, "The Excel (.xls) workbook is damaged or incomplete "
                + "and cannot be opened. Please open it in Excel, save it again and send the new file.", 0, cause);
    }

    private static void closeQuietly(HSSFWorkbook workbook, POIFSFileSystem fs) {
        try {
            if (workbook != null) {
                workbook.close();
            }
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost
        }
    }
}
