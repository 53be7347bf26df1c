package com.tmip.users;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
