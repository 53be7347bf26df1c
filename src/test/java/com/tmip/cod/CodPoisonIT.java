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
 * The real jar at {@code -Xmx512m}: a 3 MB PDF whose object stream inflates to 3 GB, a 251-byte PDF with absurd
 * cross-reference widths and 60 malformed PDFs (truncated, bit-flipped, noise), among good CoDs, reject their own
 * rows; the run ends with exit 3, no stack trace, and the same command run again completes.
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
        StringBuilder rows = new StringBuilder("""
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWP0001,MX480,COD,good.pdf,P1
                Northwind Telecom,NWP0003,MX480,COD,bomb.pdf,P1
                Northwind Telecom,NWP0004,MX480,COD,xref.pdf,P1
                Northwind Telecom,NWP0002,MX480,COD,good.pdf,P1
                """);
        List<byte[]> fuzz = BrokenPdfs.malformed(Files.readAllBytes(cod.resolve("good.pdf")), 60, 42);
        for (int i = 0; i < fuzz.size(); i++) {
            Files.write(cod.resolve("fuzz-" + i + ".pdf"), fuzz.get(i));
            rows.append("Northwind Telecom,NWF").append(1000 + i).append(",MX480,COD,fuzz-").append(i)
                    .append(".pdf,P1\n");
        }
        Path list = Files.writeString(home.resolve("list.csv"), rows);
        assertThat(JarProcess.start(home, List.of(), "import-accounts", SAMPLES.resolve("accounts.csv").toString())
                .waitFor(2)).isZero();
        String[] command = {"import-equipment", list.toString(), "--cod-dir", cod.toString(), "--trust-dir",
                trust.toString()};

        JarProcess first = JarProcess.start(home, List.of(), command);

        assertThat(first.waitFor(5)).as(first.output()).isEqualTo(3);
        assertThat(first.output()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError");
        Reports reports = new Reports(home.resolve("reports"), runId(first.output()));
        JsonNode firstTotal = reports.summary().get("total");
        assertThat(firstTotal.get("rows_read").asLong()).isEqualTo(64);
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4), (a, b) -> a));
        assertThat(ruleByRow).contains(Map.entry("3", "COD_STREAM_TOO_LARGE"), Map.entry("4", "COD_FILE_UNREADABLE"))
                .doesNotContainKeys("2", "5");
        assertThat(ruleByRow.values()).allMatch(rule -> rule.startsWith("COD_"));
        assertThat(firstTotal.get("accepted").asLong()).as("a fuzzed copy that still verifies lists other serials")
                .isEqualTo(2);
        assertThat(firstTotal.get("rejected").asLong()).isEqualTo(62);

        JarProcess rerun = JarProcess.start(home, List.of(), command);

        assertThat(rerun.waitFor(5)).as(rerun.output()).isEqualTo(3);
        JsonNode total = new Reports(home.resolve("reports"), runId(rerun.output())).summary().get("total");
        assertThat(total.get("duplicates").asLong()).isEqualTo(2);
        assertThat(total.get("rejected").asLong()).isEqualTo(62);
    }

    private static String runId(String output) {
        return output.lines().map(RUN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElseThrow();
    }
}
