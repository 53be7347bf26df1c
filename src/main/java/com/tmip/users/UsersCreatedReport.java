package com.tmip.users;

import com.tmip.report.CsvReport;
import com.tmip.run.ImportRun;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code users-created.csv}: the users a run created (a dry run: would create), so that the partner's
 * administrator can tell each person their login. Which row of which file, the username, the person's name, the
 * role and the account; never a password, a hash or an email address.
 */
@Component
public class UsersCreatedReport {

    static final String FILE_NAME = "users-created.csv";
    static final List<String> COLUMNS = List.of("file", "row", "username", "first_name", "last_name", "user_role",
            "account_id", "account_name");

    private final JdbcTemplate jdbc;

    public UsersCreatedReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the report of a resolved run and returns its path. */
    public Path write(ImportRun run) {
        Path target = run.reportDir().resolve(FILE_NAME);
        // A dry run leaves the users it would create staged; a real run has moved them to app_user.
        String users = run.dryRun() ? "user_stage" : "app_user";
        try (CsvReport csv = new CsvReport(target, COLUMNS)) {
            jdbc.query("""
                            SELECT f.file_name, u.row_no, u.username, u.first_name, u.last_name, u.user_role,
                                u.account_id, a.account_name
                            FROM %s u
                            JOIN import_file f ON f.run_id = u.run_id AND f.file_no = u.file_no
                            LEFT JOIN account a ON a.account_id = u.account_id
                            WHERE u.run_id = ? ORDER BY u.file_no, u.row_no""".formatted(users),
                    rs -> {
                        csv.row(List.of(rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3),
                                text(rs.getString(4)), text(rs.getString(5)), rs.getString(6),
                                text(rs.getString(7)), text(rs.getString(8))));
                    }, run.runId());
            csv.complete();
        }
        return target;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
