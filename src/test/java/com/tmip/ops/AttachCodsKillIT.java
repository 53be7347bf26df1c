package com.tmip.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.cod.TestCods;
import com.tmip.support.JarProcess;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar, killed with SIGKILL in the middle of {@code attach-cods} over many certificates, then run again with
 * the same command: the run resumes, completes, and every plan is documented once, by its own certificate; the same
 * folder once more changes nothing.
 */
class AttachCodsKillIT {

    static final int CERTIFICATES = 600;
    static final int ACCOUNTS = 20;
    static final Pattern RUN = Pattern.compile("^run (\\S+) ");
    static final List<String> ENV = List.of("TMIP_PROGRESS_INTERVAL=300ms");

    @Test
    void aKilledAttachRunResumesAndDocumentsEveryPlanOnce(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path certificates = Files.createDirectories(dir.resolve("certificates"));
        Path trust = Files.createDirectories(dir.resolve("trust"));
        Path accounts = dir.resolve("accounts.csv");
        Path plans = dir.resolve("plans.csv");
        generate(accounts, plans, certificates, trust);
        assertThat(JarProcess.start(home, ENV, "import-accounts", accounts.toString()).waitFor(2)).isZero();
        JarProcess registered = JarProcess.start(home, ENV, "import-equipment", plans.toString());
        assertThat(registered.waitFor(5)).as(registered.output()).isZero();
        assertThat(registered.output()).contains("awaiting certificate: " + 2 * CERTIFICATES);

        String[] attach = {"attach-cods", certificates.toString(), "--trust-dir", trust.toString()};
        JarProcess first = JarProcess.start(home, ENV, attach);
        assertThat(first.awaitLine(l -> l.matches(".*progress: certificates: [1-9][0-9]* rows.*"), 180))
                .as("the run attached certificates before the kill: %s", first.output()).isTrue();
        assertThat(first.kill()).isNotZero();
        assertThat(first.output()).doesNotContain("attached:");

        JarProcess second = JarProcess.start(home, ENV, attach);
        assertThat(second.waitFor(10)).as(second.output()).isZero();
        assertThat(second.output()).contains("resuming run");
        String runId = runId(second.output());
        Reports reports = new Reports(home.resolve("reports"), runId);
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("files").asInt()).isEqualTo(CERTIFICATES);
        assertThat(total.get("rows_read").asInt()).isEqualTo(2 * CERTIFICATES);
        assertThat(total.get("accepted").asInt()).isEqualTo(2 * CERTIFICATES);
        assertThat(total.get("rejected").asInt()).isZero();
        assertThat(total.get("duplicates").asInt()).isZero();
        List<List<String>> attached = reports.csv("attached.csv");
        assertThat(attached).hasSize(1 + 2 * CERTIFICATES);
        assertThat(attached.stream().skip(1).map(l -> l.get(1)).distinct().count()).isEqualTo(2L * CERTIFICATES);

        Tmip database = new Tmip(home);
        assertThat(database.count("SELECT COUNT(*) FROM equipment_item WHERE item_state = 'DOCUMENTED'"
                + " AND documented_run_id = ?", runId)).isEqualTo(2L * CERTIFICATES);
        assertThat(database.count("SELECT COUNT(*) FROM cod_attachment")).isEqualTo(CERTIFICATES);
        assertThat(database.count("SELECT COUNT(*) FROM equipment_item i JOIN cod_attachment a"
                + " ON a.sha256 = i.cod_sha256 WHERE a.file_name = i.cod_file")).isEqualTo(2L * CERTIFICATES);
        assertThat(database.count("SELECT COUNT(*) FROM equipment_item WHERE cod_file <> 'cod-'"
                + " || SUBSTRING(serial, 3, 4) || '.pdf'")).as("each plan documented by its own certificate").isZero();

        JarProcess again = JarProcess.start(home, ENV, attach);
        assertThat(again.waitFor(10)).as(again.output()).isZero();
        JsonNode rerun = new Reports(home.resolve("reports"), runId(again.output())).summary().get("total");
        assertThat(rerun.get("accepted").asInt()).isZero();
        assertThat(rerun.get("duplicates").asInt()).isEqualTo(2 * CERTIFICATES);
        assertThat(database.count("SELECT COUNT(*) FROM equipment_item WHERE documented_run_id = ?", runId))
                .as("the rerun changed nothing").isEqualTo(2L * CERTIFICATES);
    }

    private static String runId(String output) {
        return output.lines().map(RUN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
    }

    /**
     * Accounts, a list of two COD plans per certificate (serials PL{c}0 and PL{c}1 of certificate c, of account
     * c mod 20) and the certificates, signed under a CA written to {@code trust}.
     */
    private static void generate(Path accounts, Path plans, Path certificates, Path trust) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(accounts)) {
            out.write("account_id,account_name\n");
            for (int a = 0; a < ACCOUNTS; a++) {
                out.write("A" + a + ",Account " + a + "\n");
            }
        }
        TestCods.Ca ca = TestCods.ca("C=US,O=Partner,CN=Partner CA");
        TestCods.Signer signer = ca.issue("C=US,O=Recycler,CN=Destruction Officer");
        try (Writer out = Files.newBufferedWriter(trust.resolve("partner.pem")); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
        try (BufferedWriter out = Files.newBufferedWriter(plans)) {
            out.write("account,serial_number,platform,disposition,cod_file,reference,order_date\n");
            for (int c = 0; c < CERTIFICATES; c++) {
                String account = "Account " + (c % ACCOUNTS);
                String number = String.format("%04d", c);
                for (int s = 0; s < 2; s++) {
                    out.write(account + ",PL" + number + s + ",MX480,COD,,R" + (c % ACCOUNTS) + ",2026-09-01\n");
                }
                Files.write(certificates.resolve("cod-" + number + ".pdf"), TestCods.sign(TestCods.codPdf(
                        "Customer: " + account, "PL" + number + "0", "PL" + number + "1"), signer));
            }
        }
    }
}
