package com.tmip.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.tmip.support.Database;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cases show CASE_ID} and {@code items} end to end, on the sample accounts and equipment imported on
 * 2026-11-25 with the sample returns recorded: the printed values, the filters (with a fixed {@code tmip.today}),
 * CSV and JSON that parse. Run against each database by a subclass.
 */
abstract class CaseViewsContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String TODAY = "--tmip.today=2026-11-25";

    @TempDir
    Path home;
    Tmip tmip;

    abstract Database database(Path home);

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @BeforeEach
    void importTheSamplesAndRecordTheReturns() {
        tmip = new Tmip(home, database(home));
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString(), TODAY).exitCode()).isZero();
        assertThat(tmip.run("import-equipment", SAMPLES.resolve("equipment.csv").toString(),
                "--cod-dir", SAMPLES.resolve("cod").toString(), "--trust-dir", SAMPLES.resolve("trust").toString(),
                TODAY).exitCode()).isEqualTo(3);
        assertThat(tmip.run("record-returns", SAMPLES.resolve("returns.csv").toString(), "--out",
                tmip.reports().toString(), TODAY).exitCode()).isEqualTo(3);
    }

    private String caseOf(String serial) {
        return tmip.string("SELECT case_id FROM equipment_item WHERE serial = ?", serial);
    }

    private Tmip.Result items(String... args) {
        List<String> all = new ArrayList<>(List.of("items"));
        all.addAll(List.of(args));
        all.add(TODAY);
        return tmip.run(all.toArray(String[]::new));
    }

    /** The serials of a table listing: the first word of each line between the header and the count. */
    private static List<String> tableSerials(String out) {
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        int header = 0;
        while (!lines.get(header).startsWith("serial_number")) {
            header++;
        }
        return lines.subList(header + 1, lines.size() - 1).stream().map(l -> l.split("\\s+")[0]).toList();
    }

    private static List<String[]> csv(String out) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(out))) {
            return reader.readAll();
        }
    }

    @Test
    void casesShowPrintsTheFixedValuesTheItemsAndTheirStates() {
        String caseId = caseOf("JN11A2B3CAFA");

        Tmip.Result result = tmip.run("cases", "show", caseId, TODAY);

        assertThat(result.exitCode()).as(result.err()).isZero();
        String out = result.out();
        assertThat(out).contains("case " + caseId, "ACC-1001 (Northwind Telecom)", "TRADE_IN", "NW-2026-01",
                "TMIP Program Registration", "Admin Service Request", "MX Series",
                "4 (AWAITING_RETURN 2, RECEIVED 2), overdue 0", "attachments: none", "4 items");
        assertThat(tableSerials(out)).containsExactly("JN11A2B3CAFA", "JN11A2B3CAFB", "JN11A2B3CAFC", "JN11A2B3CAFD");
        String cafa = out.lines().filter(l -> l.startsWith("JN11A2B3CAFA")).findFirst().orElseThrow();
        assertThat(cafa.split("\\s+")).containsExactly("JN11A2B3CAFA", "MX480", "TRADE_IN", "RECEIVED", "2026-12-14",
                "no", "2026-11-20", "RMA-NW-0001");
        String cafc = out.lines().filter(l -> l.startsWith("JN11A2B3CAFC")).findFirst().orElseThrow();
        assertThat(cafc.split("\\s+")).containsExactly("JN11A2B3CAFC", "MX960", "TRADE_IN", "AWAITING_RETURN",
                "2026-12-14", "no");
    }

    @Test
    void casesShowListsTheVerifiedCertificatesOfACodCase() throws Exception {
        String caseId = caseOf("JN11D0C0DE01");
        String sha = tmip.string("SELECT cod_sha256 FROM equipment_item WHERE serial = 'JN11D0C0DE01'").trim();

        Tmip.Result table = tmip.run("cases", "show", caseId, TODAY);
        Tmip.Result json = tmip.run("cases", "show", caseId, "--json", TODAY);

        assertThat(table.exitCode()).as(table.err()).isZero();
        String attachment = table.out().lines().filter(l -> l.startsWith("cod-northwind-2026-01.pdf")).findFirst()
                .orElseThrow();
        assertThat(attachment).contains(sha, "VERIFIED");
        assertThat(table.out().lines().filter(l -> l.startsWith("cod-")).count()).isEqualTo(1);
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("case_id").asText()).isEqualTo(caseId);
        assertThat(root.get("disposition").asText()).isEqualTo("COD");
        assertThat(root.get("items_by_state").get("DOCUMENTED").asLong()).isEqualTo(2);
        assertThat(root.get("attachments")).hasSize(1);
        assertThat(root.get("attachments").get(0).get("sha256").asText()).isEqualTo(sha);
        assertThat(root.get("attachments").get(0).get("signer").asText()).isNotBlank();
        assertThat(root.get("items")).hasSize(2);
        assertThat(root.get("items").get(0).get("serial_number").asText()).isEqualTo("JN11D0C0DE01");
        assertThat(root.get("items").get(0).get("state").asText()).isEqualTo("DOCUMENTED");
    }

    @Test
    void anUnknownCaseIsOneLineAndExitTwo() {
        Tmip.Result result = tmip.run("cases", "show", "2026-1125-9999", TODAY);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().filter(l -> l.startsWith("tmip:")).toList())
                .containsExactly("tmip: no case 2026-1125-9999 ('cases' lists them)");
        assertThat(result.out()).doesNotContain("case 2026");
    }

    @Test
    void itemsFiltersByStateAccountCaseAndLimit() {
        assertThat(tableSerials(items("--state", "received").out())).containsExactly("CN8842001", "CN8842002",
                "FB-77310-A", "JN11A2B3CAFA", "JN11A2B3CAFB");
        assertThat(tableSerials(items("--account", "Northwind Telecom").out())).containsExactly("JN11A2B3CAFA",
                "JN11A2B3CAFB", "JN11A2B3CAFC", "JN11A2B3CAFD", "JN11D0C0DE01", "JN11D0C0DE02");
        assertThat(tableSerials(items("--account", "ACC-1002", "--state", "AWAITING_RETURN").out()))
                .containsExactly("CN8842003");
        assertThat(tableSerials(items("--case", caseOf("FB-77310-C")).out())).containsExactly("FB-77310-C");
        assertThat(tableSerials(items("--limit", "2").out())).containsExactly("CN8842001", "CN8842002");
        assertThat(tableSerials(items().out())).hasSize(17);
        assertThat(items("--state", "LOST").exitCode()).isEqualTo(2);
        assertThat(items("--account", "Nobody At All").exitCode()).isEqualTo(2);
        Tmip.Result misspelt = items("--account", "Northwind Telcom");
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("no known account matches 'Northwind Telcom', did you mean Northwind"
                + " Telecom?");
        assertThat(items("--case", "2026-1125-9999").exitCode()).isEqualTo(2);
    }

    @Test
    void overdueItemsAreOpenAndDueBeforeTheFixedToday() {
        Tmip.Result result = items("--overdue");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // due = order date + 3 months: Contoso 2026-11-02, Fabrikam 2026-10-21, Tailspin 2026-09-30, Wide World
        // 2026-08-12; Northwind (2026-12-14) and Societe Generale (2027-01-01) are not due yet; received and
        // documented items are never overdue
        assertThat(tableSerials(result.out())).containsExactly("CN8842003", "FB-77310-B", "TIX5520019",
                "TIX5520020", "WWD1234567");
        assertThat(tableSerials(tmip.run("items", "--overdue", "--tmip.today=2026-12-15").out()))
                .contains("JN11A2B3CAFC", "JN11A2B3CAFD").doesNotContain("JN11A2B3CAFA", "SG0000451");
    }

    @Test
    void itemsAsCsvAndJsonParse() throws Exception {
        Tmip.Result csv = items("--format", "csv", "--state", "RECEIVED");
        Tmip.Result json = items("--json", "--overdue");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String[]> rows = csv(csv.out());
        assertThat(rows.get(0)).containsExactly("serial_number", "case_id", "account_id", "platform", "disposition",
                "state", "due_date", "overdue", "received_on", "return_reference");
        assertThat(rows).hasSize(1 + 5);
        assertThat(Arrays.asList(rows.get(1))).containsExactly("CN8842001", caseOf("CN8842001"), "ACC-1002",
                "MX10003", "TRADE_IN", "RECEIVED", "2026-11-02", "no", "2026-11-18", "1Z999AA10123456784");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode items = new ObjectMapper().readTree(json.out());
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(5);
        assertThat(items.get(0).get("serial_number").asText()).isEqualTo("CN8842003");
        assertThat(items.get(0).get("account_id").asText()).isEqualTo("ACC-1002");
        assertThat(items.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(items.get(0).get("received_on").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(items("--json", "--state", "RECEIVED", "--account", "ACC-1009")
                .out())).isEmpty();
    }
}
