package com.tmip.credits;

import com.tmip.files.PrivateFiles;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code reconciliation.xlsx}, written by streaming (POI SXSSF: a window of rows in memory, the rest in compressed
 * temporary files): a "Summary" sheet (counts and totals per outcome and currency, the ledger's totals against the
 * outcomes', the credit owed per account and currency, and per account, currency and outcome) and "Detail" sheets with a frozen header row and an
 * auto-filter, amounts as numbers, dates as date cells. A text cell that would start a formula (=, +, -, @, tab,
 * CR) gets the quote-prefix style, so a spreadsheet shows it as text and never evaluates it. A sheet holds at most
 * 1,048,576 rows; a larger reconciliation continues on "Detail 2", "Detail 3"…
 */
final class ReconciliationWorkbook implements AutoCloseable {

    static final int MAX_ROWS = 1_048_576;
    private static final int WINDOW = 200;
    private static final int DETAIL_COLUMN = ReconciliationLine.COLUMNS.indexOf("detail");

    private final Path target;
    private final Path temp;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet summary;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle money;
    private final CellStyle date;
    private final int maxRows;
    private SXSSFSheet detail;
    private int detailSheets;
    private int row;
    private boolean complete;

    ReconciliationWorkbook(Path target) {
        this(target, MAX_ROWS);
    }

    /** @param maxRows rows per detail sheet, header included (smaller only in tests) */
    ReconciliationWorkbook(Path target, int maxRows) {
        this.maxRows = maxRows;
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".part");
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.summary = workbook.createSheet("Summary");
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(bold);
        this.text = workbook.createCellStyle();
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        this.money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00##"));
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        newDetailSheet();
    }

    void add(ReconciliationLine line) {
        if (row == maxRows) {
            finishDetailSheet();
            newDetailSheet();
        }
        Row r = detail.createRow(row++);
        List<String> texts = line.texts();
        int c = 0;
        textCell(r, c++, texts.get(0));
        numberCell(r, c++, line.ledgerRow() == null ? null : BigDecimal.valueOf(line.ledgerRow()), null);
        for (int i = 2; i <= 7; i++) {
            textCell(r, c++, texts.get(i));
        }
        numberCell(r, c++, line.amount(), money);
        textCell(r, c++, texts.get(9));
        if (line.rejected()) {
            textCell(r, c++, texts.get(10)); // as written: it may not be a date
        } else {
            dateCell(r, c++, line.issuedOn());
        }
        for (int i = 11; i <= 14; i++) {
            textCell(r, c++, texts.get(i));
        }
        dateCell(r, c++, line.orderDate());
        textCell(r, c++, texts.get(16));
        dateCell(r, c++, line.dueDate());
        numberCell(r, c++, line.expected() == null ? null : line.expected().amount(), money);
        for (int i = 19; i < texts.size(); i++) {
            textCell(r, c++, texts.get(i));
        }
    }

    /**
     * Writes the summary sheet, then the file (to a temporary name, moved into place by {@link #close()}): the
     * outcomes per currency (a ledger line's amount; an uncredited item's expected credit), the ledger's own totals
     * against the outcomes' per currency, what is owed per account and currency, and the lines per account,
     * currency and outcome. Accounts with their names.
     */
    void finish(ReconciliationTotals totals) {
        finishDetailSheet();
        int r = 0;
        r = headerRow(summary, r, List.of("Outcome", "Currency", "Count", "Amount", "Amounts not a number"));
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            for (String currency : outcome.ofLedgerLine() ? totals.currencies() : totals.owedCurrencies()) {
                Row line = summary.createRow(r++);
                textCell(line, 0, outcome.name());
                textCell(line, 1, currency);
                line.createCell(2).setCellValue(totals.count(currency, outcome));
                if (!currency.equals(ReconciliationTotals.NO_RATE)) {
                    numberCell(line, 3, totals.sum(currency, outcome), money);
                }
                if (outcome.ofLedgerLine()) {
                    line.createCell(4).setCellValue(totals.notANumber(currency, outcome));
                }
            }
        }
        r++;
        r = headerRow(summary, r, List.of("Currency", "Ledger lines", "Amounts not a number", "Ledger total",
                "Lines over outcomes", "Sum over outcomes", "Balanced"));
        for (String currency : totals.currencies()) {
            Row line = summary.createRow(r++);
            textCell(line, 0, currency);
            line.createCell(1).setCellValue(totals.ledgerLines(currency));
            line.createCell(2).setCellValue(totals.ledgerNotANumber(currency));
            numberCell(line, 3, totals.ledgerTotal(currency), money);
            line.createCell(4).setCellValue(totals.lines(currency));
            numberCell(line, 5, totals.outcomesTotal(currency), money);
            line.createCell(6).setCellValue(totals.balanced(currency));
        }
        r++;
        r = headerRow(summary, r, List.of("Owed to account", "Account name", "Currency", "Uncredited items",
                "Expected credit owed", "Overdue items", "Overdue amount"));
        for (Map.Entry<ReconciliationTotals.OwedKey, ReconciliationTotals.Owed> e : totals.owedByAccount().entrySet()) {
            boolean noRate = e.getKey().currency().equals(ReconciliationTotals.NO_RATE);
            Row line = summary.createRow(r++);
            textCell(line, 0, e.getKey().account());
            textCell(line, 1, totals.accountName(e.getKey().account()));
            textCell(line, 2, e.getKey().currency());
            line.createCell(3).setCellValue(e.getValue().items());
            numberCell(line, 4, noRate ? null : e.getValue().amount(), money);
            line.createCell(5).setCellValue(e.getValue().overdueItems());
            numberCell(line, 6, noRate ? null : e.getValue().overdueAmount(), money);
        }
        r++;
        r = headerRow(summary, r, List.of("Account", "Account name", "Currency", "Outcome", "Count", "Amount",
                "Amounts not a number"));
        for (Map.Entry<ReconciliationTotals.AccountKey, ReconciliationTotals.Sum> e : totals.byAccount().entrySet()) {
            Row line = summary.createRow(r++);
            textCell(line, 0, e.getKey().account());
            textCell(line, 1, totals.accountName(e.getKey().account()));
            textCell(line, 2, e.getKey().currency());
            textCell(line, 3, e.getKey().outcome().name());
            line.createCell(4).setCellValue(e.getValue().count());
            numberCell(line, 5, e.getKey().currency().equals(ReconciliationTotals.NO_RATE) ? null
                    : e.getValue().amount(), money);
            line.createCell(6).setCellValue(e.getValue().notANumber());
        }
        for (int c = 0; c < 7; c++) {
            summary.setColumnWidth(c, 24 * 256);
        }
        try (OutputStream out = Files.newOutputStream(PrivateFiles.createFile(temp))) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
        complete = true;
    }

    @Override
    public void close() {
        try {
            workbook.close(); // also deletes the temporary sheet files
            if (complete) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
        }
    }

    private void newDetailSheet() {
        detailSheets++;
        detail = workbook.createSheet(detailSheets == 1 ? "Detail" : "Detail " + detailSheets);
        detail.createFreezePane(0, 1);
        row = headerRow(detail, 0, ReconciliationLine.COLUMNS);
        for (int c = 0; c < ReconciliationLine.COLUMNS.size(); c++) {
            detail.setColumnWidth(c, (c == DETAIL_COLUMN ? 60 : 16) * 256);
        }
    }

    private void finishDetailSheet() {
        detail.setAutoFilter(new CellRangeAddress(0, Math.max(row - 1, 0), 0, ReconciliationLine.COLUMNS.size() - 1));
    }

    private int headerRow(SXSSFSheet sheet, int r, List<String> labels) {
        Row line = sheet.createRow(r);
        for (int c = 0; c < labels.size(); c++) {
            Cell cell = line.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(header);
        }
        return r + 1;
    }

    private void textCell(Row r, int c, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = r.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(risky(value) ? quoted : text);
    }

    private static void numberCell(Row r, int c, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = r.createCell(c);
        cell.setCellValue(value.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void dateCell(Row r, int c, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = r.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** Text a spreadsheet could take for a formula. */
    static boolean risky(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
