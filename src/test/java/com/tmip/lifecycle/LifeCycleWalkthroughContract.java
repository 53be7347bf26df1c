package com.tmip.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk-through of docs/life-cycle.md, command by command and in its order: trade-ins and COD plans registered
 * on 2026-11-25, the sample plans ledger reconciled ({@code COD_NOT_VERIFIED}), the signed certificates attached on
 * 2026-12-16 ({@code DOCUMENTED}), the sample returns recorded ({@code RECEIVED}) and the same ledger reconciled
 * again ({@code MATCHED}); trade-ins past due are {@code DOCUMENTATION_OVERDUE} throughout. Every state comes from
 * the commands; nothing is set by SQL. Run against each database by a subclass.
 */
abstract class LifeCycleWalkthroughContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String REGISTERED_ON = "--tmip.today=2026-11-25";
    static final String WEEKS_LATER = "--tmip.today=2026-12-16";
    static final String RATES = "--spring.config.additional-location=file:"
            + Path.of("jobs/reconcile-credits.properties").toAbsolutePath();
    static final List<String> PLANS = List.of("CN9900101", "CN9900102", "JN22P1A0001", "JN22P1A0002", "JN22P1A0003");
    static final String NORTHWIND_PLAN = "2026-1125-0010";
    static final String CONTOSO_PLAN = "2026-1125-0011";
    static final String NORTHWIND_TRADE_IN = "2026-1125-0001";

    @TempDir
    Path home;
    Tmip tmip;

    abstract Database database(Path home);

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    private Tmip.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (List.of("attach-cods", "record-returns").contains(args[0])) {
            all.add("--out");
            all.add(tmip.reports().toString());
        }
        Tmip.Result result = tmip.run(all.toArray(String[]::new));
        assertThat(result.err()).as(String.join(" ", args)).doesNotContain("Exception");
        return result;
    }

    private List<String> serials(String state) {
        return tmip.query(jdbc -> jdbc.queryForList(
                "SELECT serial FROM equipment_item WHERE item_state = ? ORDER BY serial", String.class, state));
    }

    /** The serial numbers of {@code items ... --format csv}. */
    private List<String> listed(String... filter) {
        List<String> args = new ArrayList<>(List.of("items"));
        args.addAll(List.of(filter));
        args.addAll(List.of("--format", "csv"));
        Tmip.Result items = run(args.toArray(String[]::new));
        assertThat(items.exitCode()).as(items.err()).isZero();
        List<String> lines = items.out().lines().toList();
        assertThat(lines.get(0)).startsWith("serial_number,case_id,account_id,platform,disposition,state");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).sorted().toList();
    }

    private static Map<String, Long> outcomes(Reports reports) {
        Map<String, Long> outcomes = new TreeMap<>();
        reports.summary().get("reconciliation").get("outcomes").properties()
                .forEach(e -> outcomes.put(e.getKey(), e.getValue().asLong()));
        outcomes.values().removeIf(count -> count == 0);
        return outcomes;
    }

    /** outcome and item state of each ledger line, by credit id. */
    private static Map<String, String> ledgerLines(List<List<String>> lines) {
        return lines.subList(1, lines.size()).stream().filter(l -> l.get(0).equals("ledger"))
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(3) + " " + l.get(16), (a, b) -> a + "|" + b,
                        TreeMap::new));
    }

    /** outcome of each uncredited registered item, by serial. */
    private static Map<String, String> itemLines(List<List<String>> lines) {
        return lines.subList(1, lines.size()).stream().filter(l -> l.get(0).equals("registered_item"))
                .collect(Collectors.toMap(l -> l.get(7), l -> l.get(3), (a, b) -> a + "|" + b, TreeMap::new));
    }

    private static List<String> withOutcome(Map<String, String> items, String outcome) {
        return items.entrySet().stream().filter(e -> e.getValue().equals(outcome)).map(Map.Entry::getKey).toList();
    }

    @Test
    void theWalkthroughRunsCommandByCommand() {
        tmip = new Tmip(home, database(home));

        // 1. 25 November: the accounts, the equipment list (trade-ins and documented CODs), the plans.
        assertThat(run("import-accounts", SAMPLES.resolve("accounts.csv").toString(), REGISTERED_ON).exitCode())
                .isZero();
        Tmip.Result equipment = run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                REGISTERED_ON);
        assertThat(equipment.exitCode()).as(equipment.err()).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(17);
        assertThat(serials("AWAITING_CERTIFICATE")).isEmpty();
        assertThat(serials("AWAITING_RETURN")).hasSize(13);
        assertThat(serials("DOCUMENTED")).containsExactly("CN8842004", "FB-77310-C", "JN11D0C0DE01", "JN11D0C0DE02");

        Tmip.Result plans = run("import-equipment", SAMPLES.resolve("plans.csv").toString(), REGISTERED_ON);
        assertThat(plans.exitCode()).as(plans.err()).isZero();
        JsonNode planTotal = new Reports(tmip.reports(), plans.runId()).summary().get("total");
        assertThat(planTotal.get("accepted").asLong()).isEqualTo(5);
        assertThat(planTotal.get("rejected").asLong()).isZero();
        assertThat(plans.out()).contains("cases created: 2, updated: 0",
                "awaiting certificate: 5 (earliest due 2027-01-15)");
        assertThat(serials("AWAITING_CERTIFICATE")).containsExactlyElementsOf(PLANS);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE case_id = ?", NORTHWIND_PLAN)).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE case_id = ?", CONTOSO_PLAN)).isEqualTo(2);
        assertThat(tmip.string("SELECT CAST(due_date AS VARCHAR(10)) FROM equipment_item WHERE serial = 'CN9900101'"))
                .isEqualTo("2027-01-15");

        // 2. What is awaited.
        assertThat(listed("--state", "AWAITING_CERTIFICATE", REGISTERED_ON)).containsExactlyElementsOf(PLANS);
        Tmip.Result plan = run("cases", "show", NORTHWIND_PLAN, REGISTERED_ON);
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("items:             3 (AWAITING_CERTIFICATE 3), overdue 0",
                "attachments: none");

        // 3. The plans' credits before their certificates: COD_NOT_VERIFIED; trade-ins past due are overdue.
        Tmip.Result before = run("reconcile-credits", SAMPLES.resolve("credits-plans.csv").toString(), RATES,
                REGISTERED_ON);
        assertThat(before.exitCode()).as(before.err()).isEqualTo(3);
        Reports beforeReports = new Reports(tmip.reports(), before.runId());
        assertThat(beforeReports.summary().get("reconciliation").get("ledger_lines").asLong()).isEqualTo(5);
        assertThat(outcomes(beforeReports)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "COD_NOT_VERIFIED", 5L, "NOT_CREDITED", 9L, "DOCUMENTATION_OVERDUE", 8L));
        List<List<String>> beforeLines = beforeReports.csv("reconciliation.csv");
        assertThat(beforeLines).hasSize(1 + 5 + 17);
        assertThat(ledgerLines(beforeLines).values()).hasSize(5)
                .containsOnly("COD_NOT_VERIFIED AWAITING_CERTIFICATE");
        assertThat(withOutcome(itemLines(beforeLines), "DOCUMENTATION_OVERDUE")).containsExactly(
                "CN8842001", "CN8842002", "CN8842003", "FB-77310-A", "FB-77310-B", "TIX5520019", "TIX5520020",
                "WWD1234567");

        // 4. Weeks later the signed certificates arrive: the plans become DOCUMENTED, the case shows its certificate.
        Tmip.Result attach = run("attach-cods", SAMPLES.resolve("plans-cod").toString(),
                "--trust-dir", SAMPLES.resolve("trust").toString(), WEEKS_LATER);
        assertThat(attach.exitCode()).as(attach.err()).isZero();
        List<List<String>> attached = new Reports(tmip.reports(), attach.runId()).csv("attached.csv");
        assertThat(attached.subList(1, attached.size()).stream().map(l -> l.get(1)).sorted().toList())
                .containsExactlyElementsOf(PLANS);
        assertThat(serials("AWAITING_CERTIFICATE")).isEmpty();
        assertThat(serials("DOCUMENTED")).containsAll(PLANS).hasSize(4 + 5);
        assertThat(listed("--state", "AWAITING_CERTIFICATE", WEEKS_LATER)).isEmpty();
        Tmip.Result documented = run("cases", "show", NORTHWIND_PLAN, WEEKS_LATER);
        assertThat(documented.exitCode()).as(documented.err()).isZero();
        assertThat(documented.out()).contains("items:             3 (DOCUMENTED 3), overdue 0",
                "cod-northwind-plan-2026-11.pdf", "VERIFIED").doesNotContain("attachments: none");

        Tmip.Result again = run("attach-cods", SAMPLES.resolve("plans-cod").toString(),
                "--trust-dir", SAMPLES.resolve("trust").toString(), WEEKS_LATER);
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode againTotal = new Reports(tmip.reports(), again.runId()).summary().get("total");
        assertThat(againTotal.get("accepted").asLong()).isZero();
        assertThat(againTotal.get("duplicates").asLong()).isEqualTo(5);

        // 5. Trade-ins received back.
        Tmip.Result returns = run("record-returns", SAMPLES.resolve("returns.csv").toString(), WEEKS_LATER);
        assertThat(returns.exitCode()).as(returns.err()).isEqualTo(3);
        JsonNode returnTotal = new Reports(tmip.reports(), returns.runId()).summary().get("total");
        assertThat(returnTotal.get("accepted").asLong()).isEqualTo(5);
        assertThat(returnTotal.get("rejected").asLong()).isEqualTo(7);
        assertThat(returnTotal.get("duplicates").asLong()).isEqualTo(1);
        List<String> received = List.of("CN8842001", "CN8842002", "FB-77310-A", "JN11A2B3CAFA", "JN11A2B3CAFB");
        assertThat(serials("RECEIVED")).containsExactlyElementsOf(received);
        assertThat(listed("--state", "RECEIVED", WEEKS_LATER)).containsExactlyElementsOf(received);
        Tmip.Result tradeIn = run("cases", "show", NORTHWIND_TRADE_IN, WEEKS_LATER);
        assertThat(tradeIn.exitCode()).as(tradeIn.err()).isZero();
        assertThat(tradeIn.out()).contains("items:             4 (AWAITING_RETURN 2, RECEIVED 2), overdue 2");

        // 6. The same ledger again: MATCHED; the trade-ins still out past their due date stay overdue.
        Tmip.Result after = run("reconcile-credits", SAMPLES.resolve("credits-plans.csv").toString(), RATES,
                WEEKS_LATER);
        assertThat(after.exitCode()).as(after.err()).isEqualTo(3);
        Reports afterReports = new Reports(tmip.reports(), after.runId());
        assertThat(outcomes(afterReports)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MATCHED", 5L, "NOT_CREDITED", 10L, "DOCUMENTATION_OVERDUE", 7L));
        List<List<String>> afterLines = afterReports.csv("reconciliation.csv");
        assertThat(ledgerLines(afterLines)).containsOnlyKeys("CR-0101", "CR-0102", "CR-0103", "CR-0104", "CR-0105");
        assertThat(ledgerLines(afterLines).values()).containsOnly("MATCHED DOCUMENTED");
        Map<String, String> items = itemLines(afterLines);
        assertThat(withOutcome(items, "DOCUMENTATION_OVERDUE")).containsExactly("CN8842003", "FB-77310-B",
                "JN11A2B3CAFC", "JN11A2B3CAFD", "TIX5520019", "TIX5520020", "WWD1234567");
        assertThat(items).containsEntry("CN8842001", "NOT_CREDITED").containsEntry("FB-77310-A", "NOT_CREDITED");
    }
}
