package com.tmip.users;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code samples/users.xlsx}: a "New Users" sheet with the Case Manager form's own labels (two "Email
 * Address" columns), a phone typed as a number and start dates typed as dates. The command that regenerates it
 * is in samples/README.md.
 */
public final class UsersWorkbookGenerator {

    static final List<String> HEADER = List.of("First Name", "Last Name", "Email Address", "Phone Number",
            "Job Title", "Department", "Manager", "Start Date", "Password", "Confirm Password", "Username",
            "Email Address", "User Role", "Account");

    /** Rows 2..7: Object cells, a Long is a number cell, a LocalDate a date cell. */
    static final List<List<Object>> ROWS = List.of(
            List.of("Nadia", "Petrova", "nadia.petrova@litware.example", 4155550101L, "Account Manager", "Sales",
                    "okim", LocalDate.of(2026, 2, 2), "Juniper-Cascade-Anvil-73", "Juniper-Cascade-Anvil-73",
                    "npetrova", "Nadia.Petrova@litware.example", "Partner", "Litware Metro Fibre"),
            List.of("Oliver", "Kim", "oliver.kim@litware.example", "+44 20 7946 0011", "Director", "Sales",
                    "", LocalDate.of(2025, 9, 1), "Harbor Meadow Falcon 58", "Harbor Meadow Falcon 58",
                    "okim", "", "Partner Admin", "ACC-1008"),
            List.of("Priya", "Shah", "priya.shah@litware.example", "(415) 555-0199", "", "Support",
                    "npetrova", "2026-03-15", "Topaz-Lighthouse-Reef-6", "Topaz-Lighthouse-Reef-6",
                    "pshah", "", "Employee", ""),
            List.of("Quentin", "Blake", "quentin.blake@litware.example", "", "", "",
                    "", "", "Lilac Spruce Compass 20", "Lilac Spruce Compass 20",
                    "qblake", "quentin@elsewhere", "Customer", ""),
            List.of("Rhea", "Moss", "rhea.moss@litware.example", "", "", "",
                    "", "", "Saddle Brook Juniper 11", "Saddle Brook Juniper 11",
                    "rmoss", "", "Auditor", ""),
            List.of("Sol", "Ortega", "sol.ortega@litware.example", "", "", "",
                    "pshah", "", "Copper-Willow-Signal-84", "Copper-Willow-Signal-84",
                    "sortega", "", "Customer", ""));

    private UsersWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "samples/users.xlsx"));
    }

    public static Path write(Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("New Users");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = ROWS.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof String text && text.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Long number) {
                        cell.setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
        }
        return target;
    }
}
