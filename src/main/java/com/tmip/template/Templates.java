package com.tmip.template;

import com.tmip.account.Account;
import com.tmip.account.AccountStore;
import com.tmip.config.TmipProperties;
import com.tmip.reference.PlatformCatalog;
import com.tmip.report.RejectedRowsTemplates;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Excel templates. The data sheet comes first (our readers read the first visible sheet), then the
 * Instructions sheet, then a hidden {@code Lists} sheet holding the drop-down values the data validations refer
 * to (a list written into the validation itself is limited to 255 characters; the known accounts are more).
 * Drop-downs are advice to the person filling the sheet, not a replacement for the checks of the import.
 */
@Component
public class Templates implements RejectedRowsTemplates {

    /** Rows the formats and drop-downs cover below the header. */
    static final int ROWS = 100_000;
    static final String LISTS_SHEET = "Lists";
    static final String INSTRUCTIONS_SHEET = "Instructions";

    private final AccountStore accounts;
    private final PlatformCatalog platforms;
    private final List<String> roles;

    public Templates(AccountStore accounts, PlatformCatalog platforms,
                     TmipProperties properties) {
        this.accounts = accounts;
        this.platforms = platforms;
        this.roles = List.copyOf(properties.users().roles());
    }

    /** Writes the template {@code kind} (equipment, users, credits or returns) to {@code target}, atomically. */
    public Path write(String kind, Path target) {
        return write(kind, target, null);
    }

    /**
     * Writes the template {@code kind} with only {@code accountNames} in its account drop-down (a partner's own
     * account, in the portal); null for every known account.
     */
    public Path write(String kind, Path target, List<String> accountNames) {
        try (XSSFWorkbook workbook = build(kind, accountNames)) {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".template", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The template a sheet was filled in from: its data sheet is named after the kind ("Equipment") and its header
     * starts with the template's columns in order (further columns, such as the {@code errors} of a rejected-rows
     * workbook, may follow); else null.
     */
    @Override
    public XSSFWorkbook templateFor(String sheetName, List<String> header) {
        if (sheetName == null) {
            return null;
        }
        for (String kind : List.of("equipment", "users", "credits", "returns")) {
            if (!kind.equals(sheetName.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<TemplateColumn> columns = columns(kind, null);
            if (header.size() < columns.size()) {
                return null;
            }
            for (int i = 0; i < columns.size(); i++) {
                String label = header.get(i) == null ? "" : header.get(i).strip();
                if (!label.equalsIgnoreCase(columns.get(i).name())) {
                    return null;
                }
            }
            return build(kind);
        }
        return null;
    }

    private XSSFWorkbook build(String kind) {
        return build(kind, null);
    }

    /** @param accountNames the account drop-down's names, or null for every known account */
    private XSSFWorkbook build(String kind, List<String> accountNames) {
        String title = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return build(title, columns(kind, accountNames), TemplateSpecs.introduction(kind));
    }

    private List<TemplateColumn> columns(String kind, List<String> only) {
        List<String> accountNames = only != null ? only
                : accounts.all().stream().map(Account::accountName).distinct().toList();
        return switch (kind) {
            case "equipment" -> TemplateSpecs.equipment(accountNames, platforms.platforms());
            case "users" -> TemplateSpecs.users(accountNames, roles);
            case "credits" -> TemplateSpecs.credits(accountNames);
            case "returns" -> TemplateSpecs.returns();
            default -> throw new IllegalArgumentException("no template " + kind);
        };
    }

    static XSSFWorkbook build(String title, List<TemplateColumn> columns, String introduction) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet data = workbook.createSheet(title);
        Sheet instructions = workbook.createSheet(INSTRUCTIONS_SHEET);
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        workbook.setActiveSheet(0);

        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

        Row headerRow = data.createRow(0);
        DataValidationHelper validations = data.getDataValidationHelper();
        int listColumn = 0;
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            var cell = headerRow.createCell(i);
            cell.setCellValue(column.name());
            cell.setCellStyle(header);
            data.setColumnWidth(i, Math.max(14, column.name().length() + 4) * 256);
            switch (column.kind()) {
                case TEXT -> data.setDefaultColumnStyle(i, text);
                case DATE -> data.setDefaultColumnStyle(i, date);
                case AMOUNT -> data.setDefaultColumnStyle(i, amount);
                case GENERAL -> {
                }
            }
            if (!column.choices().isEmpty()) {
                String range = writeList(lists, listColumn++, column);
                DataValidation validation = validations.createValidation(
                        validations.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, ROWS, i, i));
                validation.setShowErrorBox(false); // a warning would be better; a value off the list is checked on import
                validation.setShowPromptBox(true);
                validation.createPromptBox(column.name(), shorten(column.instruction()));
                data.addValidationData(validation);
            } else if (column.kind() == TemplateColumn.Kind.DATE) {
                DataValidation validation = validations.createValidation(
                        validations.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                "DATE(1990,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd"),
                        new CellRangeAddressList(1, ROWS, i, i));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Date expected", "Please enter a date, such as 2026-03-31.");
                data.addValidationData(validation);
            }
        }
        data.createFreezePane(0, 1);

        writeInstructions(instructions, columns, introduction, header);
        return workbook;
    }

    /** Writes the choices in a column of the hidden sheet; returns the absolute reference to them. */
    private static String writeList(Sheet lists, int column, TemplateColumn spec) {
        Row first = row(lists, 0);
        first.createCell(column).setCellValue(spec.name());
        for (int r = 0; r < spec.choices().size(); r++) {
            row(lists, r + 1).createCell(column).setCellValue(spec.choices().get(r));
        }
        String letter = CellReference.convertNumToColString(column);
        return "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (spec.choices().size() + 1);
    }

    private static void writeInstructions(Sheet sheet, List<TemplateColumn> columns, String introduction,
                                          CellStyle header) {
        int r = 0;
        for (String line : introduction.split("\n")) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] titles = {"column", "what to enter", "choices"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(header);
        }
        for (TemplateColumn column : columns) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.name());
            row.createCell(1).setCellValue(column.instruction());
            List<String> shown = column.choices().size() > 20
                    ? new ArrayList<>(column.choices().subList(0, 20)) : new ArrayList<>(column.choices());
            if (column.choices().size() > 20) {
                shown.add("… (" + column.choices().size() + " in all, see the drop-down)");
            }
            row.createCell(2).setCellValue(String.join(", ", shown));
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** A validation prompt holds at most 255 characters. */
    private static String shorten(String text) {
        return text.length() <= 250 ? text : text.substring(0, 249) + "…";
    }
}
