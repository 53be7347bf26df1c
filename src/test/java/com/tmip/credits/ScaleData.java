package com.tmip.credits;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a scale test: {@code n} registered items (100 per case, 100 accounts; every 50th item COD still
 * awaiting its certificate, the others trade-ins received back; ordered 2026-01-01, due 2026-04-01) straight into a migrated database, and a ledger of {@code n} lines crediting
 * them, with every outcome mixed in (see {@link #generate}). Used by {@link ReconcileCreditsScaleTest} and, for
 * a million rows, by hand:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" com.tmip.credits.ScaleData JDBC_URL USER LEDGER N
 * </pre>
 */
public final class ScaleData {

    static final int PER_CASE = 100;
    static final int ACCOUNTS = 100;
    /** Items this far apart are in different cases of the same account. */
    static final int SAME_ACCOUNT = PER_CASE * ACCOUNTS;

    private ScaleData() {
    }

    public static void main(String[] args) throws IOException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(args[0], args[1], "", true);
        try {
            generate(new JdbcTemplate(dataSource), Path.of(args[2]), Integer.parseInt(args[3]));
            if (args[0].startsWith("jdbc:hsqldb:")) {
                new JdbcTemplate(dataSource).execute("SHUTDOWN");
            }
        } finally {
            dataSource.destroy();
        }
    }

    static String caseOf(int item) {
        return String.format("SC-%07d", item / PER_CASE);
    }

    static String accountOf(int item) {
        return String.format("SA-%03d", (item / PER_CASE) % ACCOUNTS);
    }

    static String serialOf(int item) {
        return String.format("S%09d", item);
    }

    /**
     * Per 100 lines (n a multiple of 100, at least 20,000): 93 MATCHED, 1 each of SERIAL_NOT_IN_CASE,
     * CREDIT_WITHOUT_CASE, ACCOUNT_MISMATCH, AMOUNT_MISMATCH (with a rate of 1500.00 EUR for MX480) and
     * COD_NOT_VERIFIED, 2 DUPLICATE_CREDIT; and per 100 items 1 NOT_CREDITED and 1 DOCUMENTATION_OVERDUE.
     */
    static void generate(JdbcTemplate jdbc, Path ledger, int n) throws IOException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 25, 0, 0));
        List<Object[]> rows = new ArrayList<>();
        for (int a = 0; a < ACCOUNTS; a++) {
            rows.add(new Object[]{String.format("SA-%03d", a), "Scale Account " + a, now, "scale"});
        }
        jdbc.batchUpdate("INSERT INTO account (account_id, account_name, updated_at, run_id) VALUES (?, ?, ?, ?)", rows);
        rows.clear();
        for (int c = 0; c < n / PER_CASE; c++) {
            int item = c * PER_CASE;
            rows.add(new Object[]{caseOf(item), accountOf(item), "TRADE_IN", "REF-" + c, now, "scale"});
            if (rows.size() == 5000) {
                insertCases(jdbc, rows);
            }
        }
        insertCases(jdbc, rows);
        Date ordered = Date.valueOf(LocalDate.of(2026, 1, 1));
        Date due = Date.valueOf(LocalDate.of(2026, 4, 1));
        for (int i = 0; i < n; i++) {
            boolean cod = i % 50 == 49;
            rows.add(new Object[]{serialOf(i), caseOf(i), "MX480", cod ? "COD" : "TRADE_IN", cod ? "cod.pdf" : null,
                    ordered, "scale", 1, i + 2, now, cod ? "AWAITING_CERTIFICATE" : "RECEIVED", due});
            if (rows.size() == 5000) {
                insertItems(jdbc, rows);
            }
        }
        insertItems(jdbc, rows);
        try (BufferedWriter out = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)) {
            out.write("credit_id,case_id,account,serial_number,amount,currency,issued_on\n");
            for (int i = 0; i < n; i++) {
                String caseId = caseOf(i);
                String account = accountOf(i);
                String serial = serialOf(i);
                String amount = "1500.00";
                switch (i % 100) {
                    case 1 -> caseId = caseOf(i + SAME_ACCOUNT < n ? i + SAME_ACCOUNT : i - SAME_ACCOUNT);
                    case 2 -> caseId = "SC-NONE";
                    case 3 -> account = accountOf(i + PER_CASE < n ? i + PER_CASE : i - PER_CASE);
                    case 4, 99 -> serial = serialOf(i - 1);
                    case 5 -> amount = "\"1,499.00\"";
                    default -> {
                    }
                }
                out.write(String.format("CR%09d,%s,%s,%s,%s,EUR,2026-11-20%n", i, caseId, account, serial, amount));
            }
        }
    }

    private static void insertCases(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO tmip_case (case_id, account_id, disposition, reference, synopsis, description, case_type,
                                           series, cloud_marketplace, created_at, created_run_id)
                    VALUES (?, ?, ?, ?, 'TMIP Program Registration', 'TMIP Program Registration',
                            'Admin Service Request', 'MX Series', FALSE, ?, ?)""", rows);
            rows.clear();
        }
    }

    private static void insertItems(JdbcTemplate jdbc, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO equipment_item (serial, case_id, platform, disposition, cod_file, order_date, run_id,
                                                file_no, row_no, registered_at, item_state, due_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            rows.clear();
        }
    }
}
