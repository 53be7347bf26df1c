package com.tmip.equipment;

import com.tmip.cases.CaseResolver;
import com.tmip.report.CsvReport;
import com.tmip.run.ImportRun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code registered.csv}: each accepted row of the run with the case that holds it, the SHA-256 of its
 * verified CoD, and a note (a CoD without text whose serials could not be checked).
 */
@Component
public class RegisteredReport {

    static final List<String> COLUMNS = List.of("file", "sheet", "row", "case_id", "serial_number", "account_id",
            "account_name", "disposition", "platform", "reference", "cod_file", "order_date", "cod_sha256", "note");

    private static final String REGISTERED = """
            SELECT f.file_name, f.sheet, i.row_no, i.case_id, i.serial, c.account_id, a.account_name, i.disposition,
                   i.platform, c.reference, i.cod_file, i.order_date, i.cod_sha256, i.cod_warning
            FROM equipment_item i
            JOIN tmip_case c ON c.case_id = i.case_id
            JOIN import_file f ON f.run_id = i.run_id AND f.file_no = i.file_no
            LEFT JOIN account a ON a.account_id = c.account_id
            WHERE i.run_id = ? ORDER BY i.file_no, i.row_no""";
    private static final String WOULD_REGISTER = """
            SELECT f.file_name, f.sheet, i.row_no, i.case_id, i.serial, i.account_id, a.account_name, i.disposition,
                   i.platform, i.reference, i.cod_file, i.order_date, i.cod_sha256, i.cod_warning
            FROM dry_run_item i
            JOIN import_file f ON f.run_id = i.run_id AND f.file_no = i.file_no
            LEFT JOIN account a ON a.account_id = i.account_id
            WHERE i.run_id = ? ORDER BY i.file_no, i.row_no""";

    private final JdbcTemplate jdbc;

    public RegisteredReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** SQL for the report writer: accepted rows per file of a run. */
    static String acceptedPerFile(boolean dryRun) {
        return "SELECT file_no, COUNT(*) FROM " + (dryRun ? "dry_run_item" : "equipment_item")
                + " WHERE run_id = ? GROUP BY file_no";
    }

    public Path write(ImportRun run) {
        Path target = run.reportDir().resolve("registered.csv");
        try (CsvReport csv = new CsvReport(target, COLUMNS)) {
            jdbc.query(con -> {
                var statement = con.prepareStatement(run.dryRun() ? WOULD_REGISTER : REGISTERED);
                statement.setFetchSize(1000);
                statement.setString(1, run.runId());
                return statement;
            }, rs -> {
                String caseId = rs.getString(4);
                csv.row(List.of(rs.getString(1), nullToEmpty(rs.getString(2)), String.valueOf(rs.getInt(3)),
                        caseId.startsWith(CaseResolver.DRY_RUN_CASE) ? "(new case)" : caseId, rs.getString(5),
                        rs.getString(6), nullToEmpty(rs.getString(7)), rs.getString(8), rs.getString(9),
                        rs.getString(10), nullToEmpty(rs.getString(11)),
                        rs.getDate(12) == null ? "" : rs.getDate(12).toLocalDate().toString(),
                        nullToEmpty(rs.getString(13)), nullToEmpty(rs.getString(14))));
            });
            csv.complete();
        }
        return target;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
