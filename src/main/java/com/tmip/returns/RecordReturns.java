package com.tmip.returns;

import com.tmip.report.CsvReport;
import com.tmip.report.ReportWriter;
import com.tmip.run.CaseCounts;
import com.tmip.run.ImportRun;
import com.tmip.run.RunCoordinator;
import com.tmip.run.RunRequest;
import com.tmip.run.RunSummary;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code record-returns FILE... [--out DIR] [--dry-run]}: creates (or, after a crash, resumes) a run over the
 * given returns lists, runs {@link RecordReturnsJobConfiguration}'s job and writes the reports: those of every
 * import, plus {@code received.csv} (each accepted row with the item's case).
 */
@Service
public class RecordReturns {

    public static final String JOB_NAME = "recordReturns";

    static final List<String> RECEIVED_COLUMNS = List.of("file", "row", "serial_number", "case_id", "received_on",
            "return_reference");

    private final RunCoordinator coordinator;
    private final ReportWriter reports;
    private final RunCoordinator.JobFactory recordReturnsJob;
    private final JdbcTemplate jdbc;

    public RecordReturns(RunCoordinator coordinator, ReportWriter reports,
                         @Qualifier("recordReturnsJob") RunCoordinator.JobFactory recordReturnsJob, JdbcTemplate jdbc) {
        this.coordinator = coordinator;
        this.reports = reports;
        this.recordReturnsJob = recordReturnsJob;
        this.jdbc = jdbc;
    }

    public RunSummary run(RecordReturnsRequest command) {
        RunRequest request = new RunRequest(JOB_NAME, command.files(), command.dryRun(), command.outDir(), null,
                command.account() == null ? "" : "account=" + command.account(),
                command.account() == null ? Map.of()
                        : Map.of(RecordReturnsJobConfiguration.ONLY_ACCOUNT, command.account()));
        return coordinator.execute(request, recordReturnsJob,
                run -> reports.write(run, ReturnStore.ACCEPTED_PER_FILE, CaseCounts.NONE,
                        Map.of("received", writeReceived(run)), ReturnColumns.matcher()));
    }

    /** The run's accepted rows in file and row order (a dry run's too: what would be received). */
    private Path writeReceived(ImportRun run) {
        Path target = run.reportDir().resolve("received.csv");
        Map<Integer, String> files = new HashMap<>();
        jdbc.query("SELECT file_no, file_name FROM import_file WHERE run_id = ?",
                rs -> {
                    files.put(rs.getInt(1), rs.getString(2));
                }, run.runId());
        try (CsvReport csv = new CsvReport(target, RECEIVED_COLUMNS)) {
            jdbc.query("""
                            SELECT r.file_no, r.row_no, r.serial, i.case_id, r.received_on, r.return_reference
                            FROM item_return r LEFT JOIN equipment_item i ON i.serial = r.serial
                            WHERE r.run_id = ? ORDER BY r.file_no, r.row_no""",
                    rs -> {
                        csv.row(List.of(files.getOrDefault(rs.getInt(1), ""), String.valueOf(rs.getInt(2)),
                                rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                                rs.getDate(5).toLocalDate().toString(), rs.getString(6)));
                    }, run.runId());
            csv.complete();
        }
        return target;
    }
}
