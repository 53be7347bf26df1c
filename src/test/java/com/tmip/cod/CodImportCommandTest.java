package com.tmip.cod;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** import-equipment with real signed CoDs: bad CoDs reject their rows only; verified ones are stored once. */
class CodImportCommandTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;
    @TempDir
    Path in;
    Tmip tmip;
    Path cod;
    Path trust;
    TestCods.Signer signer;

    @BeforeEach
    void setUp() throws IOException {
        tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        TestCods.Ca ca = TestCods.ca("C=US,O=Partner,CN=Partner CA");
        signer = ca.issue("C=US,O=Recycler,CN=Destruction Officer");
        trust = Files.createDirectory(in.resolve("trust"));
        try (Writer out = Files.newBufferedWriter(trust.resolve("partner.pem")); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca.certificate());
        }
        cod = Files.createDirectory(in.resolve("cod"));
    }

    @Test
    void aBadCodRejectsItsRowsWhileTheOthersAreRegisteredAndTheGoodCodIsStoredOnce() throws IOException {
        byte[] good = TestCods.sign(TestCods.codPdf("Customer: Northwind Telecom", "NWD0001", "NWD0002"), signer);
        Files.write(cod.resolve("good.pdf"), good);
        Files.write(cod.resolve("unsigned.pdf"), TestCods.codPdf("Northwind", "NWD0003"));
        Files.write(cod.resolve("other.pdf"), TestCods.sign(TestCods.codPdf("Northwind", "NWD0004"),
                TestCods.selfSigned("CN=Mallory")));
        Path list = Files.writeString(in.resolve("list.csv"), """
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWD0001,MX480,COD,good.pdf,P1
                Northwind Telecom,NWD0002,MX480,COD,good.pdf,P1
                Northwind Telecom,NWD0003,MX480,COD,unsigned.pdf,P1
                Northwind Telecom,NWD0004,MX480,COD,other.pdf,P1
                Northwind Telecom,NWD0005,MX480,COD,good.pdf,P1
                Northwind Telecom,NWD0006,MX480,COD,../cod/good.pdf,P1
                Northwind Telecom,NWD0007,MX480,TRADE_IN,,P1
                """);

        Tmip.Result result = tmip.run("import-equipment", list.toString(), "--cod-dir", cod.toString(),
                "--trust-dir", trust.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("accepted").asLong()).isEqualTo(3);
        assertThat(total.get("rejected").asLong()).isEqualTo(4);
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4)));
        assertThat(ruleByRow).containsOnly(Map.entry("4", "COD_NOT_SIGNED"), Map.entry("5", "COD_SIGNER_UNTRUSTED"),
                Map.entry("6", "COD_SERIAL_NOT_LISTED"), Map.entry("7", "COD_FILE_NAME_INVALID"));
        List<String> unsigned = reports.csv("failures.csv").stream().filter(l -> l.get(2).equals("4")).findFirst()
                .orElseThrow();
        assertThat(unsigned.get(5)).contains("carries no digital signature");

        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).as("stored once, though named by 3 rows")
                .isEqualTo(1);
        String sha = CodVerifier.sha256(good);
        assertThat(tmip.string("SELECT signer_subject FROM cod_attachment WHERE sha256 = ?", sha))
                .isEqualTo("CN=Destruction Officer,O=Recycler,C=US");
        assertThat(tmip.string("SELECT verification FROM cod_attachment WHERE sha256 = ?", sha)).isEqualTo("VERIFIED");
        byte[] stored = tmip.query(jdbc -> jdbc.queryForObject("SELECT content FROM cod_attachment", byte[].class));
        assertThat(stored).as("the stored bytes are the file's bytes").isEqualTo(good);
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE cod_sha256 = ?", sha)).isEqualTo(2);
        assertThat(reports.csv("registered.csv").get(1)).contains(sha);

        Tmip.Result cases = tmip.run("cases", "--format", "csv");
        assertThat(cases.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .containsExactlyInAnyOrder("yes", "n/a");
    }

    @Test
    void aScanWithoutTextIsAcceptedWithANoteAndADryRunStoresNothing() throws IOException {
        byte[] scan = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5, 6};
        Files.write(cod.resolve("scan.jpg"), scan);
        Files.write(cod.resolve("scan.jpg.p7s"), TestCods.cms(scan, signer, "SHA256withECDSA"));
        Path list = Files.writeString(in.resolve("list.csv"), """
                account,serial_number,platform,disposition,cod_file
                Northwind Telecom,NWS0001,MX480,COD,scan.jpg
                """);
        String[] args = {"import-equipment", list.toString(), "--cod-dir", cod.toString(), "--trust-dir",
                trust.toString()};

        Tmip.Result dry = tmip.run(args[0], args[1], args[2], args[3], args[4], args[5], "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM cod_attachment")).isZero();

        Tmip.Result real = tmip.run(args);
        assertThat(real.exitCode()).as(real.err()).isZero();
        List<String> row = new Reports(tmip.reports(), real.runId()).csv("registered.csv").get(1);
        assertThat(row.get(row.size() - 1)).contains("no extractable text");
        assertThat(tmip.string("SELECT verification FROM cod_attachment")).isEqualTo("VERIFIED_NO_TEXT");
        assertThat(tmip.string("SELECT signature_kind FROM cod_attachment")).isEqualTo("DETACHED_P7S");
    }

    @Test
    void anotherPartnersCertificateIsRejectedForThisPartnersRows() throws IOException {
        Files.write(cod.resolve("contoso.pdf"), TestCods.sign(TestCods.codPdf("Customer: Contoso Networks Ltd",
                "NWD0101", "NWD0102"), signer));
        Path list = Files.writeString(in.resolve("list.csv"), """
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWD0101,MX480,COD,contoso.pdf,P1
                Contoso Networks Ltd,NWD0102,MX480,COD,contoso.pdf,P2
                """);

        Tmip.Result result = tmip.run("import-equipment", list.toString(), "--cod-dir", cod.toString(),
                "--trust-dir", trust.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures).hasSize(2);
        assertThat(failures.get(1)).containsSubsequence("2", "cod_file", "COD_ACCOUNT_MISMATCH");
        assertThat(failures.get(1).get(5)).contains("not made out to account \"Northwind Telecom\" (ACC-1001)");
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item WHERE serial = 'NWD0102'")).isEqualTo(1);
    }

    @Test
    void brokenPdfsAmongGoodOnesRejectOnlyTheirRowsAndARerunCompletes() throws IOException {
        Files.write(cod.resolve("good.pdf"), TestCods.sign(TestCods.codPdf("Customer: Northwind Telecom", "NWB0001",
                "NWB0002"), signer));
        Files.write(cod.resolve("xref.pdf"), BrokenPdfs.absurdXrefWidths());
        Files.write(cod.resolve("bomb.pdf"), BrokenPdfs.deflateBomb(200L * 1024 * 1024));
        Files.write(cod.resolve("noise.pdf"), BrokenPdfs.noise(new Random(7), 3000));
        Path list = Files.writeString(in.resolve("list.csv"), """
                account,serial_number,platform,disposition,cod_file,reference
                Northwind Telecom,NWB0001,MX480,COD,good.pdf,P1
                Northwind Telecom,NWB0003,MX480,COD,xref.pdf,P1
                Northwind Telecom,NWB0004,MX480,COD,bomb.pdf,P1
                Northwind Telecom,NWB0005,MX480,COD,noise.pdf,P1
                Northwind Telecom,NWB0002,MX480,COD,good.pdf,P1
                Northwind Telecom,NWB0006,MX480,TRADE_IN,,P1
                """);
        String[] command = {"import-equipment", list.toString(), "--cod-dir", cod.toString(), "--trust-dir",
                trust.toString()};

        Tmip.Result first = tmip.run(command);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.err()).doesNotContain("Exception").doesNotContain("\tat ");
        Reports reports = new Reports(tmip.reports(), first.runId());
        assertThat(reports.summary().get("total").get("accepted").asLong()).isEqualTo(3);
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4)));
        assertThat(ruleByRow).containsOnly(Map.entry("3", "COD_FILE_UNREADABLE"),
                Map.entry("4", "COD_STREAM_TOO_LARGE"), Map.entry("5", "COD_FILE_UNREADABLE"));
        assertThat(tmip.count("SELECT COUNT(*) FROM equipment_item")).isEqualTo(3);

        Tmip.Result rerun = tmip.run(command);

        assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(3);
        JsonNode total = new Reports(tmip.reports(), rerun.runId()).summary().get("total");
        assertThat(total.get("duplicates").asLong()).isEqualTo(3);
        assertThat(total.get("rejected").asLong()).isEqualTo(3);
    }
}
