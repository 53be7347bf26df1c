package com.tmip.portal;

import com.tmip.config.TmipProperties;
import com.tmip.history.PastFile;
import com.tmip.history.PastRun;
import com.tmip.history.RunHistory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the run page shows of a finished run: per-file counts, failures per rule (and their chart), the first
 * failures, the reports that can be downloaded, and a reconciliation's totals. Read from the database and the
 * run's report folder, as {@code runs show} does.
 */
@Component
@ConditionalOnWebApplication
public class RunView {

    /** The report files a run page offers, by the end of their name (a report may be named after the input). */
    private static final List<String> REPORT_ENDINGS = List.of("failures.csv", "rejected-rows.csv",
            "rejected-rows.xlsx", "registered.csv", "reconciliation.csv", "reconciliation.xlsx", "summary.json",
            "users-created.csv", "attached.csv", "received.csv");

    private final JdbcTemplate jdbc;
    private final RunHistory history;
    private final int failuresShown;
    private final ObjectMapper json = new ObjectMapper();

    public RunView(JdbcTemplate jdbc, RunHistory history, TmipProperties properties) {
        this.jdbc = jdbc;
        this.history = history;
        this.failuresShown = properties.portal().failuresShown();
    }

    /** One line of the failures table; every value is shown as text. */
    public record Failure(String file, int row, String column, String rule, String message, String value) {
    }

    /** A reconciliation's totals: lines per outcome, and per currency the amounts per outcome. */
    public record Reconciliation(Map<String, Long> outcomes, List<List<String>> amounts, List<List<String>> byAccount,
                                 boolean balanced) {
    }

    public List<PastRun> recent(int limit) {
        return history.recent(limit);
    }

    public Optional<PastRun> run(String runId) {
        return history.find(runId);
    }

    public Map<String, Long> rules(String runId) {
        Map<String, Long> rules = new LinkedHashMap<>();
        jdbc.query("SELECT rule, COUNT(*) FROM row_issue WHERE run_id = ? GROUP BY rule ORDER BY COUNT(*) DESC, rule",
                rs -> {
                    rules.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return rules;
    }

    public List<Failure> failures(PastRun run) {
        Map<Integer, String> names = new HashMap<>();
        run.files().forEach(f -> names.put(f.fileNo(), f.fileName()));
        return jdbc.query("SELECT file_no, row_no, column_name, rule, message, cell_value FROM row_issue"
                        + " WHERE run_id = ? ORDER BY file_no, row_no, seq LIMIT " + failuresShown,
                (rs, i) -> new Failure(names.getOrDefault(rs.getInt(1), ""), rs.getInt(2),
                        rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? "" : rs.getString(6)), run.runId());
    }

    public int failuresShown() {
        return failuresShown;
    }

    /** The run's downloadable reports, by file name. */
    public List<String> reports(PastRun run) {
        Path dir = run.reportDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(RunView::isReport).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The report {@code name} of {@code run}, if the run page offers it. */
    public Optional<Path> report(PastRun run, String name) {
        return reports(run).contains(name) ? Optional.of(run.reportDir().resolve(name)) : Optional.empty();
    }

    static boolean isReport(String name) {
        return !name.startsWith(".") && REPORT_ENDINGS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    /** The totals of a reconciliation run, from its summary.json; empty for other runs. */
    public Optional<Reconciliation> reconciliation(PastRun run) {
        Optional<Path> summary = reports(run).stream().filter(n -> n.endsWith("summary.json")).findFirst()
                .map(run.reportDir()::resolve);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        JsonNode section;
        try {
            section = json.readTree(summary.get().toFile()).get("reconciliation");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (section == null) {
            return Optional.empty();
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        section.path("outcomes").properties().forEach(e -> outcomes.put(e.getKey(), e.getValue().asLong()));
        List<List<String>> amounts = new ArrayList<>();
        section.path("amounts").properties().forEach(currency -> currency.getValue().path("by_outcome").properties()
                .forEach(o -> amounts.add(List.of(currency.getKey(), o.getKey(), o.getValue().path("count").asText(),
                        o.getValue().path("amount").asText()))));
        List<List<String>> byAccount = new ArrayList<>();
        section.path("by_account").forEach(row -> byAccount.add(List.of(row.path("account_id").asText(),
                row.path("currency").asText(), row.path("outcome").asText(), row.path("count").asText(),
                row.path("amount").isNull() ? "" : row.path("amount").asText())));
        return Optional.of(new Reconciliation(outcomes, amounts, byAccount, section.path("balanced").asBoolean()));
    }

    /** A file's problem as a whole (rejected or cut short), or "". */
    public static String problem(PastFile file) {
        return file.problem() == null ? "" : file.problem();
    }
}
