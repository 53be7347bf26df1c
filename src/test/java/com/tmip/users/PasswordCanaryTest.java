package com.tmip.users;

import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a file whose accepted, rejected, duplicate and end-of-run-rejected rows all carry one unique canary
 * password, then searches everything the run left behind for it: the command's output, the console log
 * (System.out/err, where logback writes), every file under the reports and database folders, and every column
 * of every table, Spring Batch's included. Finding it anywhere fails the test.
 */
class PasswordCanaryTest {

    @TempDir
    Path home;

    @Test
    void thePasswordIsNowhereAfterTheRun(@TempDir Path in) throws IOException {
        String canary = "Canary-" + UUID.randomUUID().toString().replace("-", "");
        String header = "First Name,Last Name,Email Address,Phone Number,Manager,Password,Confirm Password,Username,"
                + "Email Address,User Role\n";
        Path file = Files.writeString(in.resolve("canary.csv"), header
                + "Able,Accepted,able@example.com,(415) 555-0111,,%1$s,%1$s,able,,Employee\n".formatted(canary)
                + "Bad,Email,not-an-email,,,%1$s,%1$s,bademail,,Employee\n".formatted(canary)
                + "Mis,Match,mismatch@example.com,,,%1$s,%1$sX,mismatch,,Employee\n".formatted(canary)
                + "Dup,Licate,dup@example.com,,,%1$s,%1$s,ABLE,,Employee\n".formatted(canary)
                + "Lost,Manager,lost@example.com,,nobody,%1$s,%1$s,lost,,Employee\n".formatted(canary)
                + "Too,Long,long@example.com,,,%1$s,%1$s,toolong,,Employee\n".formatted(canary.repeat(3))
                + "Odd,Role,role@example.com,,,%1$s,%1$s,oddrole,other@example.com,Wizard\n".formatted(canary));
        Tmip tmip = new Tmip(home);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        Tmip.Result result;
        Tmip.Result dryRun;
        try {
            System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
            dryRun = tmip.run("import-users", file.toString(), "--dry-run");
            result = tmip.run("import-users", file.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).as("the canary row that passes is created").isEqualTo(1);
        assertThat(tmip.count("SELECT COUNT(*) FROM row_outcome")).as("both runs recorded their failures")
                .isEqualTo(2 * 6);
        assertThat(dryRun.exitCode()).isEqualTo(3);

        List<String> foundIn = new ArrayList<>();
        check(foundIn, "stdout", result.out() + dryRun.out(), canary);
        check(foundIn, "stderr", result.err() + dryRun.err(), canary);
        check(foundIn, "console log", console.toString(StandardCharsets.UTF_8), canary);
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                check(foundIn, f.toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), canary);
            }
        }
        List<String> tables = tmip.query(jdbc -> {
            List<String> names = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class);
            for (String table : names) {
                jdbc.query("SELECT * FROM PUBLIC.\"" + table + "\"", rs -> {
                    int columns = rs.getMetaData().getColumnCount();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                : String.valueOf(value);
                        check(foundIn, table + "." + rs.getMetaData().getColumnName(c), text, canary);
                    }
                });
            }
            return names;
        });
        assertThat(tables).contains("APP_USER", "USER_STAGE", "ROW_OUTCOME", "ROW_ISSUE", "IMPORT_FILE",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT");
        assertThat(Files.list(home.resolve("reports")).count()).isEqualTo(2);

        assertThat(foundIn).as("places holding the canary password").isEmpty();
    }

    /**
     * Rows whose cells are shifted (one field too many or too few before the password, so that the password lands
     * in a column that is not a password column) and a password under a header the matcher does not know, in a
     * CSV and in an xlsx, on HSQLDB and on PostgreSQL: the canary is in no report (xlsx reports unzipped), no
     * column of any table and not in the console log.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hsqldb", "postgres"})
    void aPasswordThatAShiftedRowOrAnUnknownColumnCarriesIsNowhere(String vendor, @TempDir Path in) throws IOException {
        String canary = "Canary-" + UUID.randomUUID().toString().replace("-", "");
        String header = String.join(",", UsersWorkbookGenerator.HEADER) + "\n";
        // 14 columns: first, last, email, phone, title, dept, manager, start, password, confirm, username,
        // account email, role, account
        Path shifted = Files.writeString(in.resolve("shifted.csv"), header
                + "Ann,Ok,ann@example.com,,,,,,%1$s,%1$s,annok,,Employee,\n".formatted(canary)
                // one field too many before the password: the password lands in confirm_password and username
                + "Ben,Extra,ben@example.com,,,,,,extra,%1$s,%1$s,benextra,,Employee,\n".formatted(canary)
                // one too few before the password: the password lands in start_date
                + "Cid,Short,cid@example.com,,,,,%1$s,%1$s,cidshort,,Employee,\n".formatted(canary)
                // two too few: the password lands in manager, the row ends early
                + "Dan,Short,dan@example.com,,,,%1$s,%1$s,danshort,,Employee\n".formatted(canary)
                // an empty field too many between the password columns: the confirmation lands in username
                + "Eve,Extra,eve@example.com,,,,,,%1$s,,%1$s,eveextra,,Employee,\n".formatted(canary));
        String fine = "Harbor Meadow Falcon 58,Harbor Meadow Falcon 58";
        Path unknown = Files.writeString(in.resolve("unknown.csv"),
                "First Name,Last Name,Email Address,Temporary Password,Password,Confirm Password,Username,User Role\n"
                        + "Fay,Fine,fay@example.com,%1$s,%2$s,fayfine,Employee\n".formatted(canary, fine)
                        + "Gil,Bad,not-an-email,%1$s,%2$s,gilbad,Employee\n".formatted(canary, fine)
                        + "Hal,Role,hal@example.com,%1$s,%2$s,halrole,Wizard\n".formatted(canary, fine));
        List<String> sheetHeader = new ArrayList<>(UsersWorkbookGenerator.HEADER);
        sheetHeader.add(6, "Temporary Password");
        Path workbook = workbook(in.resolve("shifted.xlsx"), sheetHeader, List.of(
                // 15 columns: ..., dept, temporary password, manager, start, password, confirm, username, ...
                List.of("Ida", "Ok", "ida@example.com", "", "", "", canary, "", "", canary, canary, "idaok", "",
                        "Employee", ""),
                List.of("Jon", "Bad", "not-an-email", "", "", "", canary, "", "", canary, canary, "jonbad", "",
                        "Employee", ""),
                // one cell too many before the password: the last cell lies beyond the header
                List.of("Kim", "Extra", "kim@example.com", "", "", "", "", "", "", "extra", canary, canary,
                        "kimextra", "", "Employee", "ACC-1"),
                // a cell deleted before the password ("shift cells left"): the password lands in start_date
                List.of("Lea", "Short", "lea@example.com", "", "", "", "", "", canary, canary, "leashort", "",
                        "Employee", ""),
                // the phone cell deleted: the temporary password lands in department, the password in start_date
                List.of("Max", "Short", "max@example.com", "", "", canary, "", "", canary, canary, "maxshort", "",
                        "Employee", "")));

        Path home = this.home.resolve(vendor);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try (Database database = "postgres".equals(vendor) ? Database.postgres() : Database.hsqldb(home)) {
            Tmip tmip = new Tmip(home, database);
            Tmip.Result result;
            Tmip.Result dryRun;
            try {
                System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
                dryRun = tmip.run("import-users", shifted.toString(), unknown.toString(), workbook.toString(),
                        "--dry-run");
                result = tmip.run("import-users", shifted.toString(), unknown.toString(), workbook.toString());
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(3);
            List<String> created = tmip.query(jdbc -> jdbc.queryForList(
                    "SELECT username FROM app_user ORDER BY username", String.class));
            assertThat(created).as("the rows that are whole and valid are created")
                    .containsExactly("annok", "fayfine", "idaok");
            List<String> rules = tmip.query(jdbc -> jdbc.queryForList("SELECT file_no || ':' || row_no || ' ' || rule"
                    + " FROM row_issue WHERE run_id = ? ORDER BY file_no, row_no, seq", String.class, result.runId()));
            assertThat(rules).as("a shifted row is rejected for its shape alone").containsExactly(
                    "1:3 ROW_SHAPE_MISMATCH", "1:4 ROW_SHAPE_MISMATCH", "1:5 ROW_SHAPE_MISMATCH",
                    "1:6 ROW_SHAPE_MISMATCH",
                    "2:3 EMAIL_FORMAT", "2:4 ROLE_UNKNOWN",
                    "3:3 EMAIL_FORMAT", "3:4 ROW_SHAPE_MISMATCH", "3:5 PASSWORD_OUTSIDE_COLUMNS",
                    "3:6 PASSWORD_OUTSIDE_COLUMNS");
            String failures = Files.readString(tmip.reports().resolve(result.runId()).resolve("failures.csv"));
            assertThat(failures).contains("the row has 15 cells, the header 14", "the row has 13 cells, the header 14",
                    "the row has a value in column 16, right of the header's 15 columns",
                    "the password is also in column Start Date");
            assertThat(console.toString(StandardCharsets.UTF_8)).as("the note on the Temporary Password columns")
                    .contains("file 2: 1 column(s) the job does not know have a header that looks like a secret's",
                            "file 3: 1 column(s) the job does not know have a header that looks like a secret's");

            List<String> foundIn = new ArrayList<>();
            check(foundIn, "stdout", result.out() + dryRun.out(), canary);
            check(foundIn, "stderr", result.err() + dryRun.err(), canary);
            check(foundIn, "console log", console.toString(StandardCharsets.UTF_8), canary);
            searchFiles(foundIn, home, canary);
            List<String> tables = searchTables(foundIn, tmip, "postgres".equals(vendor), canary);
            assertThat(tables).contains("APP_USER", "USER_STAGE", "ROW_OUTCOME", "ROW_ISSUE", "IMPORT_FILE",
                    "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT");
            try (Stream<Path> reports = Files.walk(home.resolve("reports"))) {
                assertThat(reports.map(p -> p.getFileName().toString()))
                        .as("the reports searched").contains("failures.csv", "rejected-rows-shifted-csv.csv",
                                "rejected-rows-unknown-csv.csv", "rejected-rows-shifted-xlsx.xlsx");
            }
            assertThat(foundIn).as("places holding the canary password").isEmpty();
        }
    }

    /**
     * A users list saved without its header row, as a CSV and as a sheet: the first user (with the canary as
     * password, and a password that looks like a column name) would be taken for the header. Both files are
     * rejected whole with HEADER_ROW_MISSING, and the canary is in no report, table or console line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hsqldb", "postgres"})
    void aUsersListWithoutItsHeaderRowIsRejectedWithoutKeepingItsFirstRow(String vendor, @TempDir Path in)
            throws IOException {
        String canary = "Canary-" + UUID.randomUUID().toString().replace("-", "");
        List<String> first = List.of("Ada", "Lovelace", "ada.lovelace@northwind.example", "", "", "", "", "",
                canary, canary, "alovelace", "", "Partner", "");
        List<String> second = List.of("Grace", "Hopper", "grace.hopper@contoso.example", "", "", "", "", "",
                "Password1" + canary, "Password1" + canary, "ghopper", "", "Partner Admin", "");
        Path csv = Files.writeString(in.resolve("no-header.csv"), String.join(",", first) + "\n"
                + String.join(",", second) + "\n");
        Path sheet = workbook(in.resolve("no-header.xlsx"), second, List.of(first));
        // No email address in the first row, and a password close to the name of the password column.
        Path unlabelled = Files.writeString(in.resolve("unlabelled.csv"), "Password" + canary.substring(0, 1)
                + "," + canary + ",Partner\nAda," + canary + ",Partner\n");

        Path home = this.home.resolve(vendor);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        try (Database database = "postgres".equals(vendor) ? Database.postgres() : Database.hsqldb(home)) {
            Tmip tmip = new Tmip(home, database);
            Tmip.Result result;
            Tmip.Result dryRun;
            try {
                System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
                dryRun = tmip.run("import-users", csv.toString(), sheet.toString(), "--dry-run");
                result = tmip.run("import-users", csv.toString(), sheet.toString(), unlabelled.toString());
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
            assertThat(dryRun.exitCode()).as(dryRun.out() + dryRun.err()).isEqualTo(3);
            List<String> rules = tmip.query(jdbc -> jdbc.queryForList("SELECT status || ' ' || rule FROM import_file"
                    + " WHERE run_id = ? ORDER BY file_no", String.class, result.runId()));
            assertThat(rules).containsExactly("REJECTED HEADER_ROW_MISSING", "REJECTED HEADER_ROW_MISSING",
                    "REJECTED HEADER_ROW_MISSING");
            assertThat(result.out()).contains("HEADER_ROW_MISSING: the first row is not a header: its column 3 holds"
                    + " an email address").contains("none of its cells names a column of a user list");
            assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isZero();

            List<String> foundIn = new ArrayList<>();
            check(foundIn, "stdout", result.out() + dryRun.out(), canary);
            check(foundIn, "stderr", result.err() + dryRun.err(), canary);
            check(foundIn, "console log", console.toString(StandardCharsets.UTF_8), canary);
            check(foundIn, "stdout (first letter of the canary kept)", result.out(), "Password" + canary.charAt(0));
            searchFiles(foundIn, home, canary);
            searchTables(foundIn, tmip, "postgres".equals(vendor), canary);
            assertThat(foundIn).as("places holding the canary password").isEmpty();
        }
    }

    private static Path workbook(Path target, List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("Users");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return target;
    }

    /** Every file under {@code root}, the entries of zip files (xlsx) unzipped. */
    private static void searchFiles(List<String> foundIn, Path root, String canary) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                check(foundIn, f.toString(), new String(bytes, StandardCharsets.ISO_8859_1), canary);
                if (f.toString().endsWith(".xlsx")) {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                            try (var entryIn = zip.getInputStream(entry)) {
                                check(foundIn, f + "!" + entry.getName(),
                                        new String(entryIn.readAllBytes(), StandardCharsets.UTF_8), canary);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Every column of every table of the schema, Spring Batch's included; returns the table names, upper case. */
    private static List<String> searchTables(List<String> foundIn, Tmip tmip, boolean postgres, String canary) {
        return tmip.query(jdbc -> {
            List<String> names = jdbc.queryForList(postgres
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE'"
                    : "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_TYPE = 'BASE TABLE'", String.class);
            for (String table : names) {
                jdbc.query("SELECT * FROM \"" + table + "\"", rs -> {
                    int columns = rs.getMetaData().getColumnCount();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                : value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                : String.valueOf(value);
                        check(foundIn, table + "." + rs.getMetaData().getColumnName(c), text, canary);
                    }
                });
            }
            return names.stream().map(n -> n.toUpperCase(java.util.Locale.ROOT)).toList();
        });
    }

    private static void check(List<String> foundIn, String where, String text, String canary) {
        if (text != null && text.contains(canary)) {
            foundIn.add(where);
        }
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
