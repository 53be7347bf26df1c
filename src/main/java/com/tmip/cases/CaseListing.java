package com.tmip.cases;

import com.tmip.account.AccountDirectory;
import com.tmip.account.AccountStore;
import com.tmip.reference.EditDistance;
import com.tmip.report.CsvReport;
import com.tmip.terminal.TerminalText;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.PrintWriter;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code cases [--account NAME] [--format table|csv]}: what is registered, one line per case. {@code cod_verified}
 * is "yes" for a COD case when every item has a verified CoD attached, "no" when any has none, "n/a" for trade-ins (not "-", which CSV neutralising would turn into "'-").
 * It goes to a terminal, so every value has its control characters escaped ({@link TerminalText}), in CSV too.
 */
@Service
public class CaseListing {

    static final List<String> COLUMNS = List.of("case_id", "account_id", "account_name", "disposition", "reference",
            "items", "created_at", "updated_at", "cod_verified");

    private final JdbcTemplate jdbc;
    private final AccountStore accounts;

    public CaseListing(JdbcTemplate jdbc, AccountStore accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Prints the cases; returns false when {@code account} names no known account. */
    public boolean print(String account, String format, PrintWriter out) {
        Optional<List<Map<String, String>>> cases = cases(account);
        cases.ifPresent(rows -> print(rows, format, out));
        return cases.isPresent();
    }

    /**
     * The cases of {@code account} (a name or an id; every case when null), one map per case from each of
     * {@link #COLUMNS} to its value as stored, ordered by case id; empty when {@code account} names no known
     * account, or several.
     */
    public Optional<List<Map<String, String>>> cases(String account) {
        String accountId = null;
        if (account != null) {
            AccountDirectory directory = accounts.directory();
            Optional<String> found = directory.find(account).map(a -> a.accountId());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            accountId = found.get();
        }
        // Items are counted in one pass over equipment_item, then joined here: a join per case would scan the
        // items once per case.
        Map<String, long[]> items = new HashMap<>();
        Map<String, Timestamp> lastItem = new HashMap<>();
        jdbc.query("SELECT case_id, COUNT(*), COUNT(cod_sha256), MAX(registered_at) FROM equipment_item GROUP BY case_id",
                rs -> {
                    items.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                    lastItem.put(rs.getString(1), rs.getTimestamp(4));
                });
        List<Map<String, String>> rows = new ArrayList<>();
        String sql = """
                SELECT c.case_id, c.account_id, a.account_name, c.disposition, c.reference, c.created_at
                FROM tmip_case c LEFT JOIN account a ON a.account_id = c.account_id
                """ + (accountId == null ? "" : "WHERE c.account_id = ? ") + "ORDER BY c.case_id";
        Object[] args = accountId == null ? new Object[0] : new Object[]{accountId};
        jdbc.query(sql, rs -> {
            String caseId = rs.getString(1);
            Timestamp created = rs.getTimestamp(6);
            Timestamp updated = lastItem.getOrDefault(caseId, created);
            long[] counts = items.getOrDefault(caseId, new long[2]);
            List<String> values = Stream.of(caseId, rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                    rs.getString(4), rs.getString(5), String.valueOf(counts[0]),
                    created.toLocalDateTime().withNano(0).toString(), updated.toLocalDateTime().withNano(0).toString(),
                    codVerified(rs.getString(4), counts[0], counts[1])).map(v -> v == null ? "" : v).toList();
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), values.get(i));
            }
            rows.add(row);
        }, args);
        return Optional.of(rows);
    }

    /** The accounts {@code account} could mean (more than one: it is ambiguous), as "name (id)". */
    public List<String> accountsMatching(String account) {
        return accounts.directory().matches(account).stream().map(a -> a.accountName() + " (" + a.accountId() + ")")
                .toList();
    }

    /** The known account name, or else account id, nearest to {@code account}: "did you mean" for a mistyped one. */
    public Optional<String> nearestAccount(String account) {
        AccountDirectory directory = accounts.directory();
        Optional<String> name = directory.suggest(account);
        if (name.isPresent() || account == null) {
            return name;
        }
        String typed = account.strip().toUpperCase(Locale.ROOT);
        int limit = EditDistance.nearLimit(typed.length());
        String best = null;
        int bestDistance = limit + 1;
        for (var known : accounts.all()) {
            int d = EditDistance.bounded(typed, known.accountId().toUpperCase(Locale.ROOT), limit);
            if (d < bestDistance) {
                bestDistance = d;
                best = known.accountId();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Prints {@code cases} as a table (with a count line) or as CSV; every value has its control characters
     * escaped, in CSV too, since it goes to a terminal.
     */
    public static void print(List<Map<String, String>> cases, String format, PrintWriter out) {
        List<List<String>> rows = cases.stream()
                .map(c -> COLUMNS.stream().map(column -> TerminalText.escape(c.get(column))).toList()).toList();
        if (format.equals("csv")) {
            ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\r\n");
            csv.writeNext(COLUMNS.toArray(String[]::new), false);
            rows.forEach(r -> csv.writeNext(r.stream().map(CsvReport::neutralise).toArray(String[]::new), false));
            out.flush();
        } else {
            printTable(rows, out);
        }
    }

    private static String codVerified(String disposition, long items, long verified) {
        if (!"COD".equals(disposition)) {
            return "n/a";
        }
        return items > 0 && verified == items ? "yes" : "no";
    }

    private static void printTable(List<List<String>> rows, PrintWriter out) {
        int[] widths = COLUMNS.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printLine(COLUMNS, widths, out);
        rows.forEach(row -> printLine(row, widths, out));
        out.println(rows.size() + (rows.size() == 1 ? " case" : " cases"));
        out.flush();
    }

    private static void printLine(List<String> cells, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        out.println(line.toString().stripTrailing());
    }
}
