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

    /**
     * Two COD plans whose signed certificate has not arrived: their items await it (no certificate attached). Set by
     * SQL until the import registers a COD row without cod_file as a plan.
     */
    void twoCodsAwaitTheirCertificates() {
        tmip.query(jdbc -> jdbc.update("UPDATE equipment_item SET item_state = 'AWAITING_CERTIFICATE', cod_sha256 = NULL,"
                + " documented_at = NULL, documented_run_id = NULL WHERE serial IN ('CN8842004', 'FB-77310-C')"));
    }

    Tmip.Result reconcile(Path ledger) {
        return tmip.run("reconcile-credits", ledger.toString(), config);
    }

    @Test
    void theSampleLedgerGivesEveryOutcome() {
        twoCodsAwaitTheirCertificates();

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
        assertThat(reconciliation.get("ledger_lines").asLong()).as("every line of the ledger").isEqualTo(19);
        assertThat(reconciliation.get("uncredited_items").asLong()).isEqualTo(5);
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        reconciliation.get("outcomes").properties().forEach(e -> outcomes.put(e.getKey(), e.getValue().asLong()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MATCHED", 7L, "CREDIT_WITHOUT_CASE", 1L, "SERIAL_NOT_IN_CASE", 1L, "ACCOUNT_MISMATCH", 2L,
                "DUPLICATE_CREDIT", 1L, "COD_NOT_VERIFIED", 1L, "AMOUNT_MISMATCH", 1L, "LINE_REJECTED", 5L,
                "NOT_CREDITED", 2L, "DOCUMENTATION_OVERDUE", 3L));

        List<List<String>> lines = reports.csv("reconciliation.csv");
        assertThat(lines.get(0)).containsExactlyElementsOf(ReconciliationLine.COLUMNS);
        assertThat(lines).hasSize(1 + 19 + 5);
        Map<String, String> byCredit = lines.subList(1, lines.size()).stream().filter(l -> l.get(0).equals("ledger"))
                .collect(Collectors.toMap(l -> l.get(1), l -> l.get(2) + " " + l.get(3)));
        assertThat(byCredit).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("2", "CR-0001 MATCHED"), Map.entry("3", "CR-0002 MATCHED"), Map.entry("4", "CR-0003 MATCHED"),
                Map.entry("5", "CR-0004 MATCHED"), Map.entry("6", "CR-0005 MATCHED"),
                Map.entry("7", "CR-0006 AMOUNT_MISMATCH"), Map.entry("8", "CR-0007 COD_NOT_VERIFIED"),
                Map.entry("9", "CR-0008 MATCHED"), Map.entry("10", "CR-0009 MATCHED"),
                Map.entry("11", "CR-0010 CREDIT_WITHOUT_CASE"), Map.entry("12", "CR-0011 ACCOUNT_MISMATCH"),
                Map.entry("13", "CR-0012 SERIAL_NOT_IN_CASE"), Map.entry("14", "CR-0013 DUPLICATE_CREDIT"),
                Map.entry("15", "CR-0001 LINE_REJECTED"), Map.entry("16", "CR-0015 LINE_REJECTED"),
                Map.entry("17", "CR-0016 LINE_REJECTED"), Map.entry("18", "CR-0017 LINE_REJECTED"),
                Map.entry("19", "CR-0018 LINE_REJECTED"), Map.entry("20", "CR-0019 ACCOUNT_MISMATCH")));
        assertThat(lines.subList(1, 20)).extracting(l -> l.get(1)).as("ledger order, no row left out")
                .containsExactly("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                        "17", "18", "19", "20");
        Map<String, String> bySerial = lines.subList(1, lines.size()).stream()
                .filter(l -> l.get(0).equals("registered_item")).collect(Collectors.toMap(l -> l.get(7), l -> l.get(3)));
        assertThat(bySerial).containsExactlyInAnyOrderEntriesOf(Map.of("JN11A2B3CAFD", "NOT_CREDITED",
                "JN11D0C0DE02", "NOT_CREDITED", "CN8842003", "DOCUMENTATION_OVERDUE",
                "FB-77310-B", "DOCUMENTATION_OVERDUE", "FB-77310-C", "DOCUMENTATION_OVERDUE"));
        List<String> duplicate = line(lines, "CR-0013");
        assertThat(duplicate.get(20)).contains("CR-0001");
        List<String> overdue = lines.stream().filter(l -> l.get(7).equals("FB-77310-C")).findFirst().orElseThrow();
        assertThat(overdue).containsSubsequence("AWAITING_CERTIFICATE", "2026-10-21", "1800.00", "EUR");
        assertThat(overdue.get(20)).contains("Certificate of Destruction was due 2026-10-21");
        assertThat(line(lines, "CR-0007").get(16)).isEqualTo("AWAITING_CERTIFICATE");
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
    }

    @Test
    void theSampleLedgerBalancesOverAllItsLinesPerCurrencyWithTheRejectedOnesVisible() {
        Tmip.Result result = reconcile(SAMPLES.resolve("credits.csv"));

        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode reconciliation = reports.summary().get("reconciliation");
        JsonNode eur = reconciliation.get("amounts").get("EUR");
        assertThat(eur.get("ledger_lines").asLong()).as("12 accepted, 4 rejected EUR lines").isEqualTo(16);
        assertThat(eur.get("ledger_total").asText()).as("23,400.00 accepted + 1,550.00 + 2,500.00 + 2,500.00 rejected")
                .isEqualTo("29950.00");
        assertThat(eur.get("amounts_not_a_number").asLong()).as("2500,00").isEqualTo(1);
        assertThat(eur.get("outcomes_total").asText()).isEqualTo("29950.00");
        assertThat(eur.get("outcomes_lines").asLong()).isEqualTo(16);
        assertThat(eur.get("outcomes_not_a_number").asLong()).isEqualTo(1);
        assertThat(eur.get("balanced").asBoolean()).isTrue();
        JsonNode rejected = eur.get("by_outcome").get("LINE_REJECTED");
        assertThat(rejected.get("count").asLong()).isEqualTo(4);
        assertThat(rejected.get("amount").asText()).isEqualTo("6550.00");
        assertThat(rejected.get("not_a_number").asLong()).isEqualTo(1);
        JsonNode eux = reconciliation.get("amounts").get("EUX");
        assertThat(eux.get("ledger_lines").asLong()).isEqualTo(1);
        assertThat(eux.get("ledger_total").asText()).isEqualTo("2500.00");
        assertThat(eux.get("by_outcome").get("LINE_REJECTED").get("count").asLong()).isEqualTo(1);
        JsonNode usd = reconciliation.get("amounts").get("USD");
        assertThat(usd.get("ledger_total").asText()).isEqualTo("19600.00");
        assertThat(usd.get("ledger_lines").asLong()).isEqualTo(2);
        assertThat(reconciliation.get("balanced").asBoolean()).isTrue();
        long perCurrency = 0;
        for (JsonNode currency : reconciliation.get("amounts")) {
            perCurrency += currency.get("ledger_lines").asLong();
        }
        assertThat(perCurrency).as("the currencies' lines add up to the ledger's 19").isEqualTo(19);

        List<List<String>> lines = reports.csv("reconciliation.csv");
        Map<String, List<String>> byRow = lines.stream().filter(l -> l.get(0).equals("ledger"))
                .collect(Collectors.toMap(l -> l.get(1), l -> l));
        assertThat(byRow.get("15")).containsSubsequence("CR-0001", "LINE_REJECTED", "2026-1125-0001",
                "Northwind Telecom", "ACC-1001", "JN11A2B3CAFA", "1550.00", "EUR", "2026-11-04");
        assertThat(byRow.get("15").get(20)).startsWith("CREDIT_ID_REPEATED: ");
        assertThat(byRow.get("16").get(8)).as("not a number: no amount").isEmpty();
        assertThat(byRow.get("16").get(21)).as("amount_as_written").isEqualTo("2500,00");
        assertThat(byRow.get("16").get(20)).startsWith("AMOUNT_INVALID: amount is not a number");
        assertThat(byRow.get("17")).containsSubsequence("2500.00", "EUX");
        assertThat(byRow.get("17").get(20)).startsWith("CURRENCY_UNKNOWN: ");
        assertThat(byRow.get("18").get(10)).as("issued_on as written").isEqualTo("2026-02-30");
        assertThat(byRow.get("19").get(20)).startsWith("REQUIRED: case_id is required");
        BigDecimal eurSum = lines.stream().filter(l -> l.get(0).equals("ledger") && l.get(9).equals("EUR")
                && !l.get(8).isEmpty()).map(l -> new BigDecimal(l.get(8))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(eurSum).as("the detail's own EUR amounts").isEqualByComparingTo("29950.00");
    }

    @Test
    void uncreditedItemsShowTheCreditTheyAreOwedPerAccountAndCurrency() {
        twoCodsAwaitTheirCertificates();

        Tmip.Result result = reconcile(SAMPLES.resolve("credits.csv"));

        Reports reports = new Reports(tmip.reports(), result.runId());
        List<List<String>> lines = reports.csv("reconciliation.csv");
        Map<String, String> expected = lines.stream().filter(l -> l.get(0).equals("registered_item"))
                .collect(Collectors.toMap(l -> l.get(7), l -> l.get(18) + " " + l.get(19)));
        assertThat(expected).containsExactlyInAnyOrderEntriesOf(Map.of("JN11A2B3CAFD", "1200.00 EUR",
                "JN11D0C0DE02", "800.00 EUR", "CN8842003", "6000.00 EUR", "FB-77310-B", "2500.00 EUR",
                "FB-77310-C", "1800.00 EUR"));
        JsonNode reconciliation = reports.summary().get("reconciliation");
        JsonNode owed = reconciliation.get("owed").get("EUR");
        assertThat(owed.get("items").asLong()).isEqualTo(5);
        assertThat(owed.get("amount").asText()).isEqualTo("12300.00");
        assertThat(owed.get("overdue_items").asLong()).isEqualTo(3);
        assertThat(owed.get("overdue_amount").asText()).isEqualTo("10300.00");
        List<String> byAccount = new ArrayList<>();
        reconciliation.get("owed_by_account").forEach(row -> byAccount.add(row.get("account_id").asText() + " "
                + row.get("account_name").asText() + " " + row.get("currency").asText() + " "
                + row.get("items").asLong() + " " + row.get("amount").asText() + " " + row.get("overdue_amount").asText()));
        assertThat(byAccount).containsExactly("ACC-1001 Northwind Telecom EUR 2 2000.00 0.00",
                "ACC-1002 Contoso Networks Ltd EUR 1 6000.00 6000.00",
                "ACC-1003 Fabrikam Carrier Services EUR 2 4300.00 4300.00");
        assertThat(reports.csv("owed.csv")).containsExactly(
                List.of("account_id", "account_name", "currency", "uncredited_items", "owed_amount", "overdue_items",
                        "overdue_amount"),
                List.of("ACC-1001", "Northwind Telecom", "EUR", "2", "2000.00", "0", "0.00"),
                List.of("ACC-1002", "Contoso Networks Ltd", "EUR", "1", "6000.00", "1", "6000.00"),
                List.of("ACC-1003", "Fabrikam Carrier Services", "EUR", "2", "4300.00", "2", "4300.00"));
        assertThat(result.out()).contains("ACC-1003 Fabrikam Carrier Services: EUR 4,300.00 for 2 items, 2 overdue");
    }

    @Test
    void theConsoleAndRunsShowGiveTheOutcomesPerCurrency() {
        Tmip.Result result = reconcile(SAMPLES.resolve("credits.csv"));

        assertThat(result.out()).containsPattern("LINE_REJECTED +5 +4 +6,550.00 .*1 +2,500.00");
        assertThat(result.out()).containsPattern("MATCHED +8 +6 +15,300.00 +- +2 +19,600.00");
        assertThat(result.out()).contains("ledger: EUR 16 lines 29,950.00 + 1 amount not a number, balanced;"
                + " EUX 1 line 2,500.00, balanced; USD 2 lines 19,600.00, balanced");
        Tmip.Result show = tmip.run("runs", "show", result.runId());
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).containsPattern("LINE_REJECTED +5 +4 +6,550.00 .*1 +2,500.00");
        assertThat(show.out()).containsPattern("NOT_CREDITED +\\d+ +\\d+ +[0-9,.]+");
        assertThat(show.out()).contains("ledger: EUR 16 lines 29,950.00 + 1 amount not a number, balanced;");
        assertThat(show.out()).contains("ACC-1001 Northwind Telecom: EUR 2,000.00 for 2 items");
        Tmip.Result json = tmip.run("runs", "show", result.runId(), "--json");
        assertThat(json.out()).contains("\"LINE_REJECTED\" : 5");
    }

    @Test
    void theOutcomesFollowTheItemStates() {
        twoCodsAwaitTheirCertificates();
        tmip.query(jdbc -> jdbc.update("UPDATE equipment_item SET item_state = 'RECEIVED', received_on = DATE '2026-10-01'"
                + " WHERE serial = 'FB-77310-B'"));
        tmip.query(jdbc -> jdbc.update("UPDATE equipment_item SET due_date = DATE '2026-11-26' WHERE serial = 'CN8842003'"));

        Tmip.Result first = reconcile(SAMPLES.resolve("credits.csv"));

        List<List<String>> lines = new Reports(tmip.reports(), first.runId()).csv("reconciliation.csv");
        assertThat(line(lines, "CR-0007").get(3)).isEqualTo("COD_NOT_VERIFIED");
        Map<String, String> bySerial = lines.stream().filter(l -> l.get(0).equals("registered_item"))
                .collect(Collectors.toMap(l -> l.get(7), l -> l.get(3) + " " + l.get(16)));
        assertThat(bySerial).containsExactlyInAnyOrderEntriesOf(Map.of(
                "JN11A2B3CAFD", "NOT_CREDITED AWAITING_RETURN", "JN11D0C0DE02", "NOT_CREDITED DOCUMENTED",
                "CN8842003", "NOT_CREDITED AWAITING_RETURN", "FB-77310-B", "NOT_CREDITED RECEIVED",
                "FB-77310-C", "DOCUMENTATION_OVERDUE AWAITING_CERTIFICATE"));

        tmip.query(jdbc -> jdbc.update("UPDATE equipment_item SET item_state = 'DOCUMENTED' WHERE serial = 'CN8842004'"));
        Tmip.Result again = reconcile(SAMPLES.resolve("credits.csv"));

        assertThat(line(new Reports(tmip.reports(), again.runId()).csv("reconciliation.csv"), "CR-0007").get(3))
                .as("documented since").isEqualTo("MATCHED");
    }

    /**
     * More lines than a fetch and rejected lines in more than one page, interleaved: the detail keeps ledger order
     * and the totals balance (the accepted lines stream while the rejected ones are read page by page).
     */
    @Test
    void aLongLedgerWithManyRejectedLinesListsEveryLineInLedgerOrder() throws IOException {
        int n = 3 * ReconciliationQuery.REJECTED_PAGE_SIZE;
        List<String> ledger = new ArrayList<>(List.of("credit_id,case_id,account,serial_number,amount,currency,issued_on"));
        for (int i = 0; i < n; i++) {
            ledger.add("L-" + i + ",2026-1125-0099,Northwind Telecom,SER" + i + ","
                    + (i % 3 == 0 ? "10.00" : i % 3 == 1 ? "\"10,00\"" : "-10.00") + ",EUR,2026-11-20");
        }
        Path file = Files.write(home.resolve("long.csv"), ledger);

        Tmip.Result result = reconcile(file);

        Reports reports = new Reports(tmip.reports(), result.runId());
        List<List<String>> lines = reports.csv("reconciliation.csv").stream().filter(l -> l.get(0).equals("ledger"))
                .toList();
        assertThat(lines).extracting(l -> Integer.parseInt(l.get(1))).as("every row once, in ledger order")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, n + 1).boxed().toList());
        assertThat(lines).allSatisfy(l -> assertThat(l.get(3)).isEqualTo(
                Integer.parseInt(l.get(1)) % 3 == 2 ? "CREDIT_WITHOUT_CASE" : "LINE_REJECTED"));
        JsonNode eur = reports.summary().get("reconciliation").get("amounts").get("EUR");
        assertThat(eur.get("ledger_lines").asLong()).isEqualTo(n);
        assertThat(eur.get("amounts_not_a_number").asLong()).isEqualTo(n / 3);
        assertThat(eur.get("ledger_total").asText()).as("+10.00 and -10.00 (a negative amount reads as a number)")
                .isEqualTo("0.00");
        assertThat(eur.get("balanced").asBoolean()).isTrue();
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
        JsonNode outcomes = reports.summary().get("reconciliation").get("outcomes");
        assertThat(outcomes.get("NOT_CREDITED").asLong() + outcomes.get("DOCUMENTATION_OVERDUE").asLong())
                .isEqualTo(17);
        assertThat(reports.summary().get("reconciliation").get("ledger_lines").asLong()).isZero();
    }

    /** The first line of that credit id (an accepted line comes before a repeat of its id in the sample). */
    static List<String> line(List<List<String>> lines, String creditId) {
        return lines.stream().filter(l -> l.get(2).equals(creditId)).findFirst().orElseThrow();
    }
}
