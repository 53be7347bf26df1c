package com.tmip.credits;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reconcile-credits} end to end: the sample accounts and equipment are imported on 2026-11-25 (so the
 * sample cases are 2026-1125-0001…0009), then the sample ledger is reconciled with the sample credit rates.
 * Asserts the exit code, summary counts and totals, each line's outcome, failures.csv and the stored rows. Run
 * against each database by a subclass.
 */
abstract class ReconcileCreditsContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final Path RATES = Path.of("jobs/credit-rates.csv").toAbsolutePath();

    @TempDir
    Path home;
    Tmip tmip;
    String config;

    abstract Database database(Path home);

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @BeforeEach
    void importTheSamples() throws IOException {
        tmip = new Tmip(home, database(home));
        Path properties = home.resolve("test.properties");
        Files.writeString(properties, "tmip.today=2026-11-25\n"
                + "tmip.credits.rates=file:" + RATES + "\n"
                + "tmip.credits.amount-tolerance=0.00\n");
        config = "--spring.config.additional-location=file:" + properties;
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString(), config).exitCode()).isZero();
        Tmip.Result equipment = tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                config);
        assertThat(equipment.exitCode()).as(equipment.err()).isEqualTo(3);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(17);
    }

    /** Two COD items registered before CoD verification existed: no verified CoD attached. */
    void detachTwoCods() {
        tmip.query(jdbc -> jdbc.update(
                "UPDATE equipment_item SET cod_sha256 = NULL WHERE serial IN ('CN8842004', 'FB-77310-C')"));
    }

    Tmip.Result reconcile(Path ledger) {
        return tmip.run("reconcile-credits", ledger.toString(), config);
    }

    @Test
    void theSampleLedgerGivesEveryOutcome() {
        detachTwoCods();

        Tmip.Result result = reconcile(SAMPLES.resolve("credits.csv"));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode summary = reports.summary();
        JsonNode total = summary.get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(19);
        assertThat(total.get("accepted").asLong()).isEqualTo(14);
        assertThat(total.get("rejected").asLong()).isEqualTo(4);
        assertThat(total.get("duplicates").asLong()).isEqualTo(1);
        assertThat(summary.get("exit_code").asInt()).isEqualTo(3);

        JsonNode reconciliation = summary.get("reconciliation");
        assertThat(reconciliation.get("today").asText()).isEqualTo("2026-11-25");
        assertThat(reconciliation.get("ledger_lines").asLong()).isEqualTo(14);
        assertThat(reconciliation.get("uncredited_items").asLong()).isEqualTo(5);
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        reconciliation.get("outcomes").properties().forEach(e -> outcomes.put(e.getKey(), e.getValue().asLong()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MATCHED", 7L, "CREDIT_WITHOUT_CASE", 1L, "SERIAL_NOT_IN_CASE", 1L, "ACCOUNT_MISMATCH", 2L,
                "DUPLICATE_CREDIT", 1L, "COD_NOT_VERIFIED", 1L, "AMOUNT_MISMATCH", 1L, "NOT_CREDITED", 4L,
                "DOCUMENTATION_OVERDUE", 1L));

        JsonNode eur = reconciliation.get("amounts").get("EUR");
        assertThat(eur.get("ledger_total").asText()).isEqualTo("23400.00");
        assertThat(eur.get("outcomes_total").asText()).isEqualTo("23400.00");
        assertThat(new BigDecimal(eur.get("by_outcome").get("MATCHED").get("amount").asText()))
                .isEqualByComparingTo("10300.00");
        JsonNode usd = reconciliation.get("amounts").get("USD");
        assertThat(new BigDecimal(usd.get("ledger_total").asText())).isEqualByComparingTo("19600.00");
        assertThat(reconciliation.get("balanced").asBoolean()).isTrue();

        List<List<String>> lines = reports.csv("reconciliation.csv");
        assertThat(lines.get(0)).containsExactlyElementsOf(ReconciliationLine.COLUMNS);
        assertThat(lines).hasSize(1 + 14 + 5);
        Map<String, String> byCredit = lines.subList(1, lines.size()).stream().filter(l -> l.get(0).equals("ledger"))
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(3)));
        assertThat(byCredit).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("CR-0001", "MATCHED"), Map.entry("CR-0002", "MATCHED"), Map.entry("CR-0003", "MATCHED"),
                Map.entry("CR-0004", "MATCHED"), Map.entry("CR-0005", "MATCHED"),
                Map.entry("CR-0006", "AMOUNT_MISMATCH"), Map.entry("CR-0007", "COD_NOT_VERIFIED"),
                Map.entry("CR-0008", "MATCHED"), Map.entry("CR-0009", "MATCHED"),
                Map.entry("CR-0010", "CREDIT_WITHOUT_CASE"), Map.entry("CR-0011", "ACCOUNT_MISMATCH"),
                Map.entry("CR-0012", "SERIAL_NOT_IN_CASE"), Map.entry("CR-0013", "DUPLICATE_CREDIT"),
                Map.entry("CR-0019", "ACCOUNT_MISMATCH")));
        Map<String, String> bySerial = lines.subList(1, lines.size()).stream()
                .filter(l -> l.get(0).equals("registered_item")).collect(Collectors.toMap(l -> l.get(7), l -> l.get(3)));
        assertThat(bySerial).containsExactlyInAnyOrderEntriesOf(Map.of("JN11A2B3CAFD", "NOT_CREDITED",
                "JN11D0C0DE02", "NOT_CREDITED", "CN8842003", "NOT_CREDITED", "FB-77310-B", "NOT_CREDITED",
                "FB-77310-C", "DOCUMENTATION_OVERDUE"));
        List<String> duplicate = line(lines, "CR-0013");
        assertThat(duplicate.get(20)).contains("CR-0001");
        List<String> overdue = lines.stream().filter(l -> l.get(7).equals("FB-77310-C")).findFirst().orElseThrow();
        assertThat(overdue.get(17)).isEqualTo("2026-10-21");
        assertThat(line(lines, "CR-0019").get(5)).as("formula text neutralised").isEqualTo("'=1+2");
        assertThat(line(lines, "CR-0002")).containsSubsequence("ACC-1001", "ACC-1001", "JN11A2B3CAFB", "1500.00", "EUR",
                "2026-10-01");

        List<List<String>> failures = reports.csv("failures.csv");
        Map<String, List<String>> rules = failures.subList(1, failures.size()).stream().collect(Collectors.groupingBy(
                l -> l.get(2), Collectors.mapping(l -> l.get(4), Collectors.toList())));
        assertThat(rules).containsExactlyInAnyOrderEntriesOf(Map.of(
                "15", List.of("CREDIT_ID_REPEATED"), "16", List.of("AMOUNT_INVALID"),
                "17", List.of("CURRENCY_UNKNOWN"), "18", List.of("DATE_INVALID"), "19", List.of("REQUIRED")));
        assertThat(reports.csv("rejected-rows.csv")).hasSize(1 + 4);

        assertThat(tmip.count("SELECT COUNT(*) FROM credit")).isEqualTo(14);
        assertThat(tmip.count("SELECT COUNT(*) FROM credit_serial")).isEqualTo(13);
        assertThat(tmip.string("SELECT credit_id FROM credit_serial WHERE serial = 'JN11A2B3CAFA'")).isEqualTo("CR-0001");
        assertThat(tmip.string("SELECT CAST(amount AS VARCHAR(30)) FROM credit WHERE credit_id = 'CR-0001'"))
                .startsWith("1500.00");
        assertThat(Files.exists(reports.dir().resolve("reconciliation.xlsx"))).isTrue();
        assertThat(result.out()).contains("MATCHED").contains("reconciliation");
    }

    @Test
    void aLedgerThatCreditsEveryItemRightExitsZeroAndReconcilesAgain() throws IOException {
        Path ledger = home.resolve("all.csv");
        List<String> lines = new ArrayList<>(List.of("Credit Number;Case Number;Associated Account;Serial Number;"
                + "Credit Amount;Currency Code;Issue Date"));
        Map<String, String[]> rates = Map.ofEntries(Map.entry("MX5", new String[]{"150.00", "EUR"}),
                Map.entry("MX80", new String[]{"300.00", "EUR"}), Map.entry("MX204", new String[]{"800.00", "EUR"}),
                Map.entry("MX240", new String[]{"1200.00", "EUR"}), Map.entry("MX304", new String[]{"1800.00", "EUR"}),
                Map.entry("MX480", new String[]{"1500.00", "EUR"}), Map.entry("MX960", new String[]{"2500.00", "EUR"}),
                Map.entry("MX2010", new String[]{"5000.00", "EUR"}),
                Map.entry("MX10003", new String[]{"4000.00", "EUR"}),
                Map.entry("MX10008", new String[]{"6000.00", "EUR"}),
                Map.entry("MX10016", new String[]{"9800.00", "USD"}));
        tmip.query(jdbc -> {
            jdbc.query("SELECT i.serial, i.case_id, c.account_id, i.platform FROM equipment_item i"
                    + " JOIN tmip_case c ON c.case_id = i.case_id ORDER BY i.serial", rs -> {
                String[] rate = rates.get(rs.getString(4));
                lines.add(String.join(";", "C-" + rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(1),
                        rate[0], rate[1], "2026-11-20"));
            });
            return null;
        });
        Files.write(ledger, lines);

        Tmip.Result first = reconcile(ledger);

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        JsonNode reconciliation = new Reports(tmip.reports(), first.runId()).summary().get("reconciliation");
        assertThat(reconciliation.get("outcomes").get("MATCHED").asLong()).isEqualTo(17);
        assertThat(reconciliation.get("uncredited_items").asLong()).isZero();

        Tmip.Result again = reconcile(ledger);

        assertThat(again.exitCode()).as("the same ledger reconciles again, nothing new stored").isZero();
        assertThat(again.runId()).isNotEqualTo(first.runId());
        assertThat(new Reports(tmip.reports(), again.runId()).summary().get("total").get("accepted").asLong())
                .isEqualTo(17);
        assertThat(tmip.count("SELECT COUNT(*) FROM credit")).isEqualTo(17);
    }

    @Test
    void aLaterLedgerCannotCreditASerialAgain() throws IOException {
        Tmip.Result first = reconcile(SAMPLES.resolve("credits.csv"));
        assertThat(first.exitCode()).isEqualTo(3);
        Path later = home.resolve("later.csv");
        Files.write(later, List.of("credit_id,case_id,account,serial_number,amount,currency,issued_on",
                "CR-0100,2026-1125-0001,Northwind Telecom,JN11A2B3CAFB,1500.00,EUR,2026-11-20",
                "CR-0002,2026-1125-0001,Northwind Telecom,JN11A2B3CAFB,1.00,EUR,2026-11-20"));

        Tmip.Result second = reconcile(later);

        Reports reports = new Reports(tmip.reports(), second.runId());
        List<List<String>> lines = reports.csv("reconciliation.csv");
        assertThat(line(lines, "CR-0100").get(3)).isEqualTo("DUPLICATE_CREDIT");
        assertThat(line(lines, "CR-0100").get(20)).contains("CR-0002");
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures.get(1)).containsSubsequence("3", "credit_id", "CREDIT_ID_CONFLICT");
        assertThat(reports.summary().get("total").get("duplicates").asLong()).isEqualTo(1);
    }

    @Test
    void aLedgerWithoutItsColumnsIsRejectedAndStillListsTheUncreditedItems() throws IOException {
        Path ledger = home.resolve("wrong.csv");
        Files.write(ledger, List.of("credit_id,case_id,amount", "X-1,2026-1125-0001,10.00"));

        Tmip.Result result = reconcile(ledger);

        assertThat(result.exitCode()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        assertThat(reports.summary().get("rules").has("FILE_MISSING_COLUMNS")).isTrue();
        assertThat(reports.summary().get("reconciliation").get("outcomes").get("NOT_CREDITED").asLong()).isEqualTo(17);
    }

    static List<String> line(List<List<String>> lines, String creditId) {
        return lines.stream().filter(l -> l.get(2).equals(creditId)).findFirst().orElseThrow();
    }
}
