package com.tmip.equipment;

import com.tmip.cases.CaseResolver;
import com.tmip.equipment.rules.Columns;
import com.tmip.cases.ItemState;
import com.tmip.report.CsvReport;
import com.tmip.run.FileStatus;
import com.tmip.run.ImportRun;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code registered.csv}: each accepted row of the run with the case that holds it, the SHA-256 of its
 * verified CoD, a note (a CoD without text whose serials could not be checked), the item's state and its due date;
 * and counts the run's COD plans on the way.
 */
@Component
public class RegisteredReport {

    /** The report's columns: where the row was, its case, and the list's own columns by their names. */
    static final List<String> COLUMNS = List.of("file", "sheet", "row", "case_id", Columns.SERIAL_NUMBER,
            "account_id", "account_name", Columns.DISPOSITION, Columns.PLATFORM, Columns.REFERENCE, Columns.COD_FILE,
            Columns.ORDER_DATE, "cod_sha256", "item_state", "due_date", "note");

    /*
     * The run's items in row order, read through the (run_id, file_no, row_no) index of one table; the file, case
     * and account of each row are looked up once each and remembered, instead of joined for every row (on a
     * million rows the join cost more than the scan, and a run's rows share a few thousand cases).
     */
    private static final String REGISTERED = """
            SELECT i.file_no, i.row_no, i.case_id, i.serial, i.disposition, i.platform, i.cod_file, i.order_date,
                   i.cod_sha256, i.cod_warning, i.item_state, i.due_date
            FROM equipment_item i WHERE i.run_id = ? ORDER BY i.file_no, i.row_no""";
    private static final String WOULD_REGISTER = """
            SELECT i.file_no, i.row_no, i.case_id, i.serial, i.disposition, i.platform, i.cod_file, i.order_date,
                   i.account_id, i.reference, i.cod_sha256, i.cod_warning, i.item_state, i.due_date
            FROM dry_run_item i WHERE i.run_id = ? ORDER BY i.file_no, i.row_no""";
    private static final String FILES = "SELECT file_no, file_name, sheet FROM import_file WHERE run_id = ?";
    private static final String CASE = """
            SELECT c.account_id, c.reference, a.account_name
            FROM tmip_case c LEFT JOIN account a ON a.account_id = c.account_id WHERE c.case_id = ?""";
    private static final String ACCOUNT_NAME = "SELECT account_name FROM account WHERE account_id = ?";
    /** Cases (or, in a dry run, accounts) remembered while writing; a run's rows come in blocks of few cases. */
    private static final int REMEMBERED = 10_000;

    /** The cases whose ids are kept while writing; a run touching more is counted by the database instead. */
    private static final int MAX_CASE_IDS = 100_000;

    private record CaseInfo(String accountId, String reference, String accountName) {
    }

    /**
     * The report, and what its one pass over the run's items counted: the accepted rows per file and the distinct
     * cases they went to (null past {@value #MAX_CASE_IDS} cases), so the summary needs no second and third pass.
     * {@code path} is null when no report was written: every file of the run was rejected as a whole.
     */
    public record Written(Path path, Map<Integer, Long> acceptedPerFile, Set<String> caseIds, Plans plans) {
    }

    /**
     * The run's COD plans: how many of its items await their signed certificate, and the earliest day one is due
     * (null when none does). Written to {@code summary.json} as its {@code documentation} section.
     */
    public record Plans(long awaitingCertificate, LocalDate earliestDueDate) {

        /** The {@code documentation} section of {@code summary.json}. */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("awaiting_certificate", awaitingCertificate);
            json.put("earliest_due_date", earliestDueDate == null ? null : earliestDueDate.toString());
            return json;
        }
    }

    private final JdbcTemplate jdbc;

    public RegisteredReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the report of a run that read at least one of its files (an empty report then says that nothing was
     * accepted); a run whose every file was rejected as a whole registered nothing and gets none: its one-line reason
     * is what the partner must read.
     */
    public Written write(ImportRun run) {
        Path target = run.reportDir().resolve("registered.csv");
        Long read = jdbc.queryForObject("SELECT COUNT(*) FROM import_file WHERE run_id = ? AND status <> ?", Long.class,
                run.runId(), FileStatus.REJECTED.name());
        if (read == null || read == 0) {
            return new Written(null, Map.of(), Set.of(), new Plans(0, null));
        }
        Map<Integer, Long> acceptedPerFile = new HashMap<>();
        Set<String> caseIds = new HashSet<>();
        PlanCount plans = new PlanCount();
        try (CsvReport csv = new CsvReport(target, COLUMNS)) {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                write(con, run, csv, acceptedPerFile, caseIds, plans);
                return null;
            });
            csv.complete();
        }
        return new Written(target, acceptedPerFile, caseIds.size() > MAX_CASE_IDS ? null : caseIds,
                new Plans(plans.count, plans.earliest));
    }

    /** Counts the plans while the report is written. */
    private static final class PlanCount {
        private long count;
        private LocalDate earliest;

        void add(String state, Date dueDate) {
            if (!ItemState.AWAITING_CERTIFICATE.name().equals(state)) {
                return;
            }
            count++;
            LocalDate due = dueDate == null ? null : dueDate.toLocalDate();
            if (due != null && (earliest == null || due.isBefore(earliest))) {
                earliest = due;
            }
        }
    }

    private static void write(Connection con, ImportRun run, CsvReport csv, Map<Integer, Long> acceptedPerFile,
                              Set<String> caseIds, PlanCount plans) throws SQLException {
        Map<Integer, String[]> files = new HashMap<>();
        try (PreparedStatement statement = con.prepareStatement(FILES)) {
            statement.setString(1, run.runId());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    files.put(rs.getInt(1), new String[]{rs.getString(2), nullToEmpty(rs.getString(3))});
                }
            }
        }
        Map<String, CaseInfo> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CaseInfo> eldest) {
                return size() > REMEMBERED;
            }
        };
        try (PreparedStatement items = con.prepareStatement(run.dryRun() ? WOULD_REGISTER : REGISTERED);
             PreparedStatement lookUp = con.prepareStatement(run.dryRun() ? ACCOUNT_NAME : CASE)) {
            items.setFetchSize(1000);
            items.setString(1, run.runId());
            try (ResultSet rs = items.executeQuery()) {
                while (rs.next()) {
                    int fileNo = rs.getInt(1);
                    String[] file = files.get(fileNo);
                    String caseId = rs.getString(3);
                    acceptedPerFile.merge(fileNo, 1L, Long::sum);
                    if (caseIds.size() <= MAX_CASE_IDS) {
                        caseIds.add(caseId);
                    }
                    CaseInfo info = run.dryRun()
                            ? accountOf(lookUp, rs.getString(9), rs.getString(10), remembered)
                            : caseOf(lookUp, caseId, remembered);
                    Date orderDate = rs.getDate(8);
                    String state = rs.getString("item_state");
                    Date dueDate = rs.getDate("due_date");
                    plans.add(state, dueDate);
                    csv.row(List.of(file[0], file[1], String.valueOf(rs.getInt(2)),
                            caseId.startsWith(CaseResolver.DRY_RUN_CASE) ? "(new case)" : caseId, rs.getString(4),
                            info.accountId(), nullToEmpty(info.accountName()), rs.getString(5), rs.getString(6),
                            info.reference(), nullToEmpty(rs.getString(7)),
                            orderDate == null ? "" : orderDate.toLocalDate().toString(),
                            nullToEmpty(rs.getString("cod_sha256")), nullToEmpty(state),
                            dueDate == null ? "" : dueDate.toLocalDate().toString(),
                            nullToEmpty(rs.getString("cod_warning"))));
                }
            }
        }
    }

    private static CaseInfo caseOf(PreparedStatement lookUp, String caseId, Map<String, CaseInfo> remembered)
            throws SQLException {
        CaseInfo info = remembered.get(caseId);
        if (info == null) {
            lookUp.setString(1, caseId);
            try (ResultSet rs = lookUp.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("registered item of unknown case " + caseId);
                }
                info = new CaseInfo(rs.getString(1), rs.getString(2), rs.getString(3));
            }
            remembered.put(caseId, info);
        }
        return info;
    }

    private static CaseInfo accountOf(PreparedStatement lookUp, String accountId, String reference,
                                      Map<String, CaseInfo> remembered) throws SQLException {
        CaseInfo account = remembered.get(accountId);
        if (account == null) {
            lookUp.setString(1, accountId);
            try (ResultSet rs = lookUp.executeQuery()) {
                account = new CaseInfo(accountId, null, rs.next() ? rs.getString(1) : null);
            }
            remembered.put(accountId, account);
        }
        return new CaseInfo(accountId, reference, account.accountName());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
