package com.tmip.attach;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.cod.TestCods;
import com.tmip.support.Database;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COD plans and {@code attach-cods} end to end, through the real commands: a plan is registered awaiting its
 * certificate with its due date; a certificate attached later documents it and is stored once; every rejection has
 * its code; a rerun and a dry run change nothing. Run against each database by a subclass.
 */
abstract class AttachCodsContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;
    @TempDir
    Path in;
    Tmip tmip;
    TestCods.Signer signer;
    Path trust;

    /** The database this run of the contract uses; closed after each test. */
    abstract Database database(Path home);

    @BeforeEach
    void accountsAndTrust() throws IOException {
        tmip = new Tmip(home, database(home));
        Tmip.Result accounts = tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString());
        assertThat(accounts.exitCode()).as(accounts.err()).isZero();
        TestCods.Ca ca = TestCods.ca("C=US,O=Partner,CN=Partner CA");
        signer = ca.issue("C=US,O=Recycler,CN=Destruction Officer");
        trust = Files.createDirectory(in.resolve("trust"));
        try (Writer out = Files.newBufferedWriter(trust.resolve("partner.pem")); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
    }

    @AfterEach
    void dropDatabase() {
        tmip.database().close();
    }

    @Test
    void aPlanIsRegisteredAwaitingItsCertificateAndAttachingItDocumentsItOnce() throws IOException {
        Tmip.Result plan = importList("""
                account,serial_number,platform,disposition,cod_file,reference,order_date
                Northwind Telecom,NWP0001,MX480,COD,,PLAN-1,2026-09-01
                Northwind Telecom,NWP0002,MX480,destroy,,PLAN-1,2026-08-15
                Northwind Telecom,NWT0001,MX480,TRADE_IN,,PLAN-1,2026-09-01
                """);
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("awaiting certificate: 2 (earliest due 2026-11-15)");
        JsonNode documentation = new Reports(tmip.reports(), plan.runId()).summary().get("documentation");
        assertThat(documentation.get("awaiting_certificate").asLong()).isEqualTo(2);
        assertThat(documentation.get("earliest_due_date").asText()).isEqualTo("2026-11-15");
        assertThat(tmip.string("SELECT item_state FROM equipment_item WHERE serial = 'NWP0001'"))
                .isEqualTo("AWAITING_CERTIFICATE");
        assertThat(tmip.string("SELECT CAST(due_date AS VARCHAR(10)) FROM equipment_item WHERE serial = 'NWP0001'"))
                .as("order date + tmip.documentation-deadline (3 months)").isEqualTo("2026-12-01");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = 'NWP0001' AND cod_sha256 IS NULL"
                + " AND cod_file IS NULL AND documented_at IS NULL")).isEqualTo(1);
        assertThat(tmip.string("SELECT item_state FROM equipment_item WHERE serial = 'NWT0001'"))
                .isEqualTo("AWAITING_RETURN");
        List<String> registered = new Reports(tmip.reports(), plan.runId()).csv("registered.csv").get(1);
        assertThat(registered).contains("AWAITING_CERTIFICATE", "2026-12-01");

        byte[] certificate = certificate("Customer: Northwind Telecom", "NWP0001", "NWP0002");
        Path folder = folder("certificates", "northwind.pdf", certificate);
        Tmip.Result attach = attach(folder);

        assertThat(attach.exitCode()).as(attach.out() + attach.err()).isZero();
        Reports reports = new Reports(tmip.reports(), attach.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(2);
        assertThat(total.get("accepted").asLong()).isEqualTo(2);
        assertThat(total.get("cases_updated").asLong()).isEqualTo(1);
        String caseId = tmip.string("SELECT case_id FROM equipment_item WHERE serial = 'NWP0001'");
        assertThat(reports.csv("attached.csv")).containsExactly(
                List.of("file", "serial_number", "case_id", "cod_sha256"),
                List.of("northwind.pdf", "NWP0001", caseId, sha256(certificate)),
                List.of("northwind.pdf", "NWP0002", caseId, sha256(certificate)));
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'DOCUMENTED' AND cod_sha256 = ?"
                + " AND documented_run_id = ? AND documented_at IS NOT NULL AND cod_file = 'northwind.pdf'",
                sha256(certificate), attach.runId())).isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment WHERE sha256 = ?", sha256(certificate)))
                .as("stored once, attached to the case through its items").isEqualTo(1);
        assertThat(tmip.count("SELECT COUNT(DISTINCT i.case_id) FROM equipment_item i"
                + " JOIN cod_attachment a ON a.sha256 = i.cod_sha256")).isEqualTo(1);
        byte[] stored = tmip.query(jdbc -> jdbc.queryForObject("SELECT content FROM cod_attachment", byte[].class));
        assertThat(stored).isEqualTo(certificate);

        Tmip.Result again = attach(folder);
        assertThat(again.exitCode()).as("the same folder again: nothing new, nothing wrong").isZero();
        JsonNode rerun = new Reports(tmip.reports(), again.runId()).summary().get("total");
        assertThat(rerun.get("accepted").asLong()).isZero();
        assertThat(rerun.get("duplicates").asLong()).isEqualTo(2);
        assertThat(new Reports(tmip.reports(), again.runId()).csv("failures.csv").subList(1, 3))
                .allMatch(line -> line.get(4).equals("COD_ALREADY_ATTACHED"));
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE documented_run_id = ?", attach.runId()))
                .as("the rerun changed nothing").isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isEqualTo(1);
    }

    @Test
    void aCertificateListingAnotherAccountsSerialsIsRejectedWhole() throws IOException {
        assertThat(importList("""
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,,PLAN-1
                Contoso Networks Ltd,CNP0001,MX480,COD,,PLAN-2
                """).exitCode()).isZero();
        Path folder = folder("mixed", "mixed.pdf", certificate("Customer: Northwind Telecom", "NWP0001", "CNP0001"));
        Files.write(folder.resolve("wrong-account.pdf"), certificate("Customer: Northwind Telecom", "CNP0001"));

        Tmip.Result attach = attach(folder);

        assertThat(attach.exitCode()).as(attach.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), attach.runId());
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures).hasSize(1 + 3);
        assertThat(failures.get(1)).containsExactly("mixed.pdf", "", "1", "serial_number", "COD_ACCOUNTS_MIXED",
                failures.get(1).get(5), "CNP0001");
        assertThat(failures.get(1).get(5)).contains("held by account \"Contoso Networks Ltd\" (ACC-1002)");
        assertThat(failures.get(2)).contains("mixed.pdf", "COD_ACCOUNTS_MIXED", "NWP0001");
        assertThat(failures.get(3)).contains("wrong-account.pdf", "COD_ACCOUNT_MISMATCH");
        assertThat(failures.get(3).get(5)).contains("Contoso Networks Ltd");
        assertThat(reports.csv("attached.csv")).hasSize(1);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'AWAITING_CERTIFICATE'"))
                .as("a certificate never documents another account's equipment").isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isZero();
    }

    @Test
    void aSerialDocumentedByAnotherCertificateIsRejected() throws IOException {
        assertThat(importList("""
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,,PLAN-1
                Northwind Telecom,NWP0002,MX480,COD,,PLAN-1
                """).exitCode()).isZero();
        byte[] first = certificate("Customer: Northwind Telecom, first", "NWP0001");
        assertThat(attach(folder("first", "first.pdf", first)).exitCode()).isZero();
        Path later = folder("later", "a-second.pdf", certificate("Customer: Northwind Telecom, second", "NWP0001"));
        Files.write(later.resolve("b-third.pdf"), certificate("Customer: Northwind Telecom, third", "NWP0002"));
        Files.write(later.resolve("c-fourth.pdf"), certificate("Customer: Northwind Telecom, fourth", "NWP0002"));

        Tmip.Result attach = attach(later);

        assertThat(attach.exitCode()).isEqualTo(3);
        List<List<String>> failures = new Reports(tmip.reports(), attach.runId()).csv("failures.csv");
        assertThat(failures).extracting(l -> l.get(0) + " " + l.get(4) + " " + l.get(6)).containsExactly(
                "file rule value",
                "a-second.pdf COD_SERIAL_ALREADY_DOCUMENTED NWP0001",
                "c-fourth.pdf COD_SERIAL_ALREADY_DOCUMENTED NWP0002");
        assertThat(failures.get(1).get(5)).contains("documented by another certificate already (\"first.pdf\")");
        assertThat(tmip.string("SELECT cod_sha256 FROM equipment_item WHERE serial = 'NWP0001'"))
                .isEqualTo(sha256(first));
        assertThat(tmip.string("SELECT cod_file FROM equipment_item WHERE serial = 'NWP0002'")).isEqualTo("b-third.pdf");
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isEqualTo(2);
    }

    @Test
    void aCertificateThatFailsOrListsNothingWeHoldIsReportedWithItsCode() throws IOException {
        assertThat(importList("""
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,,PLAN-1
                Northwind Telecom,NWT0001,MX480,TRADE_IN,,PLAN-1
                """).exitCode()).isZero();
        Path folder = folder("several", "nothing-held.pdf", certificate("Customer: Northwind Telecom", "ZZZ0001"));
        Files.write(folder.resolve("unsigned.pdf"), TestCods.codPdf("Customer: Northwind Telecom", "NWP0001"));
        Files.write(folder.resolve("partly.pdf"), certificate("Customer: Northwind Telecom", "NWP0001", "NWT0001",
                "ZZZ0002"));

        Tmip.Result attach = attach(folder);

        assertThat(attach.exitCode()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), attach.runId());
        assertThat(reports.csv("failures.csv")).extracting(l -> l.get(0) + " " + l.get(2) + " " + l.get(4))
                .containsExactly("file row rule",
                        "nothing-held.pdf  COD_NO_SERIAL_HELD",
                        "partly.pdf 2 COD_SERIAL_NOT_COD_ITEM",
                        "partly.pdf 3 COD_SERIAL_NOT_REGISTERED",
                        "unsigned.pdf  COD_NOT_SIGNED");
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("files_rejected").asLong()).isEqualTo(2);
        assertThat(total.get("accepted").asLong()).as("the serial of ours partly.pdf lists").isEqualTo(1);
        assertThat(total.get("rejected").asLong()).isEqualTo(2);
        assertThat(tmip.string("SELECT cod_file FROM equipment_item WHERE serial = 'NWP0001'")).isEqualTo("partly.pdf");
        assertThat(tmip.string("SELECT item_state FROM equipment_item WHERE serial = 'NWT0001'"))
                .isEqualTo("AWAITING_RETURN");
    }

    @Test
    void aDryRunReportsWhatWouldBeAttachedAndChangesNothing() throws IOException {
        assertThat(importList("""
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,,PLAN-1
                """).exitCode()).isZero();
        Path folder = folder("dry", "a.pdf", certificate("Customer: Northwind Telecom", "NWP0001"));
        Files.write(folder.resolve("b.pdf"), certificate("Customer: Northwind Telecom, again", "NWP0001"));

        Tmip.Result dry = attach(folder, "--dry-run");

        assertThat(dry.exitCode()).isEqualTo(3);
        assertThat(dry.out()).contains("DRY RUN");
        Reports reports = new Reports(tmip.reports(), dry.runId());
        assertThat(reports.csv("attached.csv")).hasSize(2);
        assertThat(reports.csv("failures.csv").get(1)).contains("b.pdf", "COD_SERIAL_ALREADY_DOCUMENTED");
        assertThat(tmip.string("SELECT item_state FROM equipment_item WHERE serial = 'NWP0001'"))
                .isEqualTo("AWAITING_CERTIFICATE");
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isZero();

        Tmip.Result real = attach(folder);
        assertThat(real.exitCode()).isEqualTo(3);
        assertThat(tmip.string("SELECT cod_file FROM equipment_item WHERE serial = 'NWP0001'")).isEqualTo("a.pdf");
    }

    @Test
    void theSamplePlansAreDocumentedByTheSampleCertificates() {
        Tmip.Result plans = tmip.run("import-equipment", SAMPLES.resolve("plans.csv").toString());
        assertThat(plans.exitCode()).as(plans.err()).isZero();
        assertThat(plans.out()).contains("awaiting certificate: 5 (earliest due 2027-01-15)");

        Tmip.Result attach = tmip.run("attach-cods", SAMPLES.resolve("plans-cod").toString(), "--trust-dir",
                SAMPLES.resolve("trust").toString(), "--out", tmip.reports().toString());

        assertThat(attach.exitCode()).as(attach.out() + attach.err()).isZero();
        assertThat(new Reports(tmip.reports(), attach.runId()).csv("attached.csv")).hasSize(1 + 5);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'DOCUMENTED'")).isEqualTo(5);
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isEqualTo(2);
    }

    private Tmip.Result importList(String csv) throws IOException {
        Path list = Files.writeString(Files.createTempFile(in, "list", ".csv"), csv);
        return tmip.run("import-equipment", list.toString());
    }

    private Tmip.Result attach(Path folder, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("attach-cods", folder.toString(), "--trust-dir",
                trust.toString(), "--out", tmip.reports().toString()));
        args.addAll(List.of(more));
        return tmip.run(args.toArray(String[]::new));
    }

    private byte[] certificate(String title, String... serials) {
        return TestCods.sign(TestCods.codPdf(title, serials), signer);
    }

    private Path folder(String name, String file, byte[] content) throws IOException {
        Path folder = Files.createDirectory(in.resolve(name));
        Files.write(folder.resolve(file), content);
        return folder;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
