package com.tmip.report;

import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;
import com.tmip.run.RunRegistry;
import com.tmip.files.PrivateFiles;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code rejected-rows.xlsx} for a workbook input: the rejected rows in the partner's own columns and order
 * (the header as the file had it), every failing cell filled red with the reason in a cell comment, and an
 * {@code errors} column last. The import ignores that column as unknown, so the partner fixes the marked cells
 * and uploads the file again as is. Cells the job's {@link CellRedactor} hides are left blank. A sheet filled in
 * from one of our templates comes back in a new copy of that template (its drop-downs, formats and instructions
 * sheet kept). Streams with {@link SXSSFWorkbook}: rows go to disk as they are written; the shared strings and the
 * comments (one per failing cell) stay in memory.
 */
final class RejectedRowsWorkbook {

    static final String ERRORS_COLUMN = "errors";

    private RejectedRowsWorkbook() {
    }

    /**
     * @param columns  the header matcher of the job that read the file, to find the cell of each failed column
     * @param redactor the cells the job's reports leave blank
     */
    static void write(JdbcTemplate jdbc, String runId, int fileNo, String sheetName, HeaderMatcher columns,
                      CellRedactor redactor, Path target, RejectedRowsTemplates templates) {
        List<String> header = RunRegistry.fromJson(jdbc.queryForObject(
                "SELECT header FROM import_file WHERE run_id = ? AND file_no = ?", String.class, runId, fileNo));
        HeaderMatch match = columns.match(header);
        ColumnLabels labels = ColumnLabels.of(columns, header);
        Set<Integer> secret = redactor.hiddenCells(header, match);
        int width = header.size();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        // Shared strings rather than SXSSF's inline strings: POI edits an inline-string cell by adding a value the
        // old <is> still hides, so a partner fixing the file with a script would send the old value back.
        XSSFWorkbook template = templates.templateFor(sheetName, header);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, 200, true, true)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet;
            if (template != null) {
                // The template's data sheet holds its header row; the partner's further columns and ours follow it.
                XSSFSheet data = template.getSheetAt(0);
                Row head = data.getRow(0);
                for (int i = 0; i < width; i++) {
                    if (head.getCell(i) == null) {
                        text(head.createCell(i), header.get(i) == null ? "" : header.get(i), styles.header);
                        data.setColumnWidth(i, 18 * 256);
                    }
                }
                text(head.createCell(width), ERRORS_COLUMN, styles.header);
                data.setColumnWidth(width, 60 * 256);
                sheet = workbook.getSheetAt(0);
            } else {
                sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                        sheetName == null || sheetName.isBlank() ? "Rejected rows" : sheetName));
                Row head = sheet.createRow(0);
                for (int i = 0; i < width; i++) {
                    text(head.createCell(i), header.get(i) == null ? "" : header.get(i), styles.header);
                }
                text(head.createCell(width), ERRORS_COLUMN, styles.header);
                sheet.createFreezePane(0, 1);
                for (int i = 0; i <= width; i++) {
                    sheet.setColumnWidth(i, (i == width ? 60 : 18) * 256);
                }
            }
            CreationHelper factory = workbook.getCreationHelper();
            Drawing<?> drawing = sheet.createDrawingPatriarch();

            int[] next = {1};
            Map<Integer, List<String>> errors = new HashMap<>();
            Map<Integer, Map<Integer, List<String>>> issues = issues(jdbc, runId, fileNo, match, labels, errors);
            jdbc.query("""
                            SELECT o.row_no, o.cells, o.errors FROM row_outcome o
                            WHERE o.run_id = ? AND o.file_no = ? AND o.outcome = 'REJECTED' ORDER BY o.row_no""",
                    rs -> {
                        int rowNo = rs.getInt(1);
                        List<String> cells = RunRegistry.fromJson(rs.getString(2));
                        Map<Integer, List<String>> byColumn = issues.getOrDefault(rowNo, Map.of());
                        Row row = sheet.createRow(next[0]);
                        for (int i = 0; i < width; i++) {
                            String value = i < cells.size() && !secret.contains(i) ? cells.get(i) : "";
                            Cell cell = row.createCell(i);
                            List<String> messages = byColumn.get(i);
                            text(cell, CsvReport.restore(value), messages == null ? styles.text : styles.failed);
                            if (messages != null) {
                                ClientAnchor anchor = factory.createClientAnchor();
                                anchor.setCol1(i);
                                anchor.setCol2(i + 4);
                                anchor.setRow1(next[0]);
                                anchor.setRow2(next[0] + 4);
                                Comment comment = drawing.createCellComment(anchor);
                                comment.setString(factory.createRichTextString(String.join("\n", messages)));
                                comment.setAuthor("tmip");
                                cell.setCellComment(comment);
                            }
                        }
                        List<String> rowErrors = errors.get(rowNo);
                        text(row.createCell(width), rowErrors != null ? String.join("; ", rowErrors)
                                : rs.getString(3) == null ? "" : rs.getString(3), styles.errors);
                        next[0]++;
                    }, runId, fileNo);
            try (OutputStream out = Files.newOutputStream(PrivateFiles.createFile(temp))) {
                workbook.write(out);
            }
            workbook.dispose();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The messages of the file's rejected rows, each naming its column as the file's header does: row number →
     * 0-based header position → messages. Issues whose column is not in the header (a column the file lacks) are
     * only in the errors column: {@code errors} gets every message by row number.
     */
    private static Map<Integer, Map<Integer, List<String>>> issues(JdbcTemplate jdbc, String runId, int fileNo,
                                                                   HeaderMatch match, ColumnLabels labels,
                                                                   Map<Integer, List<String>> errors) {
        Map<Integer, Map<Integer, List<String>>> issues = new HashMap<>();
        jdbc.query("""
                        SELECT i.row_no, i.column_name, i.message FROM row_issue i
                        JOIN row_outcome o ON o.run_id = i.run_id AND o.file_no = i.file_no AND o.row_no = i.row_no
                        WHERE i.run_id = ? AND i.file_no = ? AND o.outcome = 'REJECTED' ORDER BY i.row_no, i.seq""",
                rs -> {
                    int index = rs.getString(2) == null ? -1 : match.index(rs.getString(2));
                    String message = labels.message(rs.getString(2), rs.getString(3));
                    errors.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(message);
                    if (index >= 0) {
                        issues.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                                .computeIfAbsent(index, k -> new ArrayList<>()).add(message);
                    }
                }, runId, fileNo);
        return issues;
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few styles of the sheet (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle failed;
        final CellStyle errors;

        Styles(SXSSFWorkbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(textFormat);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            failed = workbook.createCellStyle();
            failed.setDataFormat(textFormat);
            failed.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            failed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font red = workbook.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            errors = workbook.createCellStyle();
            errors.setFont(red);
            errors.setWrapText(false);
        }
    }
}
