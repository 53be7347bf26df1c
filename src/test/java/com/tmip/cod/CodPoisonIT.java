package com.tmip.cod;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.JarProcess;
import com.tmip.support.Reports;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar at {@code -Xmx512m}: a 3 MB PDF whose object stream inflates to 3 GB and a 251-byte PDF with absurd
 * cross-reference widths, among good CoDs, reject their own rows; the run ends with exit 3, no stack trace, and the
 * same command run again completes.
 */
class CodPoisonIT {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final Pattern RUN = Pattern.compile("^run (\\S+) ");

    @Test
    void hostilePdfsRejectTheirRowsInA512MbHeapAndARerunCompletes(@TempDir Path home) throws IOException {
        TestCods.Ca ca = TestCods.ca("C=US,O=Partner,CN=Partner CA");
        TestCods.Signer signer = ca.issue("C=US,O=Recycler,CN=Destruction Officer");
        Path trust = Files.createDirectory(home.resolve("trust"));
        try (Writer out = Files.newBufferedWriter(trust.resolve("partner.pem"));
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
        Path cod = Files.createDirectory(home.resolve("cod"));
        Files.write(cod.resolve("good.pdf"), TestCods.sign(TestCods.codPdf("Customer: Northwind Telecom",
                "NWP0001", "NWP0002"), signer));
        byte[] bomb = BrokenPdfs.deflateBomb(3L * 1024 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(4 * 1024 * 1024);
        Files.write(cod.resolve("bomb.pdf"), bomb);
        Files.write(cod.resolve("xref.pdf"), BrokenPdfs.absurdXrefWidths());
        Path list = Files.writeString(home.resolve("list.csv"), """
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,good.pdf,P1
                Northwind Telecom,NWP0003,MX480,COD,bomb.pdf,P1
                Northwind Telecom,NWP0004,MX480,COD,xref.pdf,P1
                Northwind Telecom,NWP0002,MX480,COD,good.pdf,P1
                """);
        assertThat(JarProcess.start(home, List.of(), "import-accounts", SAMPLES.resolve("accounts.csv").toString())
                .waitFor(2)).isZero();
        String[] command = {"import-equipment", list.toString(), "--cod-dir", cod.toString(), "--trust-dir",
                trust.toString()};

        JarProcess first = JarProcess.start(home, List.of(), command);

        assertThat(first.waitFor(5)).as(first.output()).isEqualTo(3);
        assertThat(first.output()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError");
        Reports reports = new Reports(home.resolve("reports"), runId(first.output()));
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(2);
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4)));
        assertThat(ruleByRow).containsOnly(Map.entry("3", "COD_STREAM_TOO_LARGE"),
                Map.entry("4", "COD_FILE_UNREADABLE"));

        JarProcess rerun = JarProcess.start(home, List.of(), command);

        assertThat(rerun.waitFor(5)).as(rerun.output()).isEqualTo(3);
        JsonNode total = new Reports(home.resolve("reports"), runId(rerun.output())).summary().get("total");
        assertThat(total.get("duplicates").asLong()).isEqualTo(2);
        assertThat(total.get("rejected").asLong()).isEqualTo(2);
    }

    private static String runId(String output) {
        return output.lines().map(RUN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
    }
}
