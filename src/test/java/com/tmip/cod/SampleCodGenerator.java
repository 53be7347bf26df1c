package com.tmip.cod;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates the signed sample CoDs of {@code samples/}: a new sample partner CA (10 years) and signer, the CA
 * certificate in {@code samples/trust/}, each sample CoD of {@code samples/cod/} and each certificate of the COD plans
 * of {@code samples/plans.csv} ({@code samples/plans-cod/}, for {@code attach-cods}), made out to the account of the sample rows that name
 * it and listing their serials, signed into {@code samples/cod/} at {@link #SIGNED} (a fixed time before the day of
 * the sample ledger, 2026-11-25, so that the CoDs verify with {@code TMIP_TODAY=2026-11-25} too: a signing time
 * after the job's today is refused). The private keys live only in memory and are thrown away. See
 * samples/README.md:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=com.tmip.cod.SampleCodGenerator
 * -Dexec.classpathScope=test -Dexec.args=samples}.
 */
public final class SampleCodGenerator {

    static final Instant SIGNED = Instant.parse("2026-11-20T12:00:00Z");
    static final Map<String, List<String>> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("cod-northwind-2026-01.pdf", List.of("Northwind Telecom, plan NW-2026-01",
                "JN11D0C0DE01", "JN11D0C0DE02"));
        SAMPLES.put("cod-contoso-q3.pdf", List.of("Contoso Networks Ltd, plan CON-Q3", "CN8842004"));
        SAMPLES.put("cod-fabrikam-jul.pdf", List.of("Fabrikam Carrier Services, July 2026", "FB-77310-C"));
        SAMPLES.put("cod-adventure-works.pdf", List.of("Adventure Works Broadband, plan AWB-DESTROY", "AWB-2201"));
    }

    /** The certificates of the COD plans of {@code samples/plans.csv}, attached later by {@code attach-cods}. */
    static final Map<String, List<String>> PLAN_CERTIFICATES = new LinkedHashMap<>();

    static {
        PLAN_CERTIFICATES.put("cod-northwind-plan-2026-11.pdf", List.of("Northwind Telecom, plan NW-PLAN-2026-11",
                "JN22P1A0001", "JN22P1A0002", "JN22P1A0003"));
        PLAN_CERTIFICATES.put("cod-contoso-plan-q4.pdf", List.of("Contoso Networks Ltd, plan CON-PLAN-Q4",
                "CN9900101", "CN9900102"));
    }

    private SampleCodGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        TestCods.Ca ca = TestCods.ca("C=US,O=Sample Partner (test material),CN=TMIP Sample Partner CA",
                SIGNED.minus(Duration.ofDays(1)), SIGNED.plus(Duration.ofDays(3653)));
        TestCods.Signer signer = ca.issue("C=US,O=Sample Recycler (test material),CN=Sample Destruction Officer",
                SIGNED.minus(Duration.ofDays(1)), SIGNED.plus(Duration.ofDays(3652)));
        Path trust = Files.createDirectories(samples.resolve("trust"));
        try (Writer out = Files.newBufferedWriter(trust.resolve("sample-partner-ca.pem"), StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
        write(Files.createDirectories(samples.resolve("cod")), SAMPLES, signer);
        write(Files.createDirectories(samples.resolve("plans-cod")), PLAN_CERTIFICATES, signer);
    }

    private static void write(Path folder, Map<String, List<String>> certificates, TestCods.Signer signer)
            throws IOException {
        for (Map.Entry<String, List<String>> sample : certificates.entrySet()) {
            List<String> lines = sample.getValue();
            byte[] pdf = TestCods.codPdf(lines.get(0), lines.subList(1, lines.size()).toArray(String[]::new));
            Files.write(folder.resolve(sample.getKey()), TestCods.sign(pdf, signer, "SHA256withECDSA", SIGNED));
        }
    }
}
