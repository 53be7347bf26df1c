package com.tmip.cod;

import com.tmip.account.Account;
import com.tmip.cases.Disposition;
import com.tmip.equipment.rules.CodFileRule;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate proves only what a person can see on it, signed by a key meant for signing, at a time that has
 * passed: serials in visible text, presented as serials; signing time not after today; key usage and key size.
 */
class CodClaimsTest {

    static final long MAX = 5 * 1024 * 1024;

    @TempDir
    Path root;
    Path folder;
    TestCods.Ca ca;
    TestCods.Signer signer;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectory(root.resolve("cod"));
        Instant now = Instant.now();
        ca = TestCods.ca("CN=Partner CA,O=Test", now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(20 * 366)));
        signer = ca.issue("CN=Destruction Officer,O=Recycler", now.minus(Duration.ofDays(400)),
                now.plus(Duration.ofDays(3650)));
    }

    private CodVerification verify(byte[] bytes) throws IOException {
        return verify(bytes, Clock.systemUTC());
    }

    private CodVerification verify(byte[] bytes, Clock clock) throws IOException {
        Files.write(folder.resolve("cod.pdf"), bytes);
        return new CodVerifier(folder, TrustAnchors.of(List.of(ca.certificate())), MAX, clock).verify("cod.pdf")
                .verification();
    }

    private CodDocument verified(byte[] bytes) throws IOException {
        CodVerification verification = verify(bytes);
        assertThat(verification.problem()).as(verification.message()).isNull();
        return verification.document();
    }

    @Test
    void serialsInInvisibleTextAreNotListed() throws IOException {
        CodDocument cod = verified(TestCods.sign(hiddenSerials(), signer));

        assertThat(cod.lists("SN0001")).as("black, 12 pt, on the page").isTrue();
        assertThat(cod.lists("SN0002")).as("white").isFalse();
        assertThat(cod.lists("SN0003")).as("above the page").isFalse();
        assertThat(cod.lists("SN0004")).as("left of the page").isFalse();
        assertThat(cod.lists("SN0005")).as("0.1 pt").isFalse();
        assertThat(cod.lists("SN0006")).as("render mode 3 (invisible)").isFalse();
        assertThat(cod.lists("SN0007")).as("grey is visible").isTrue();
    }

    /** One visible serial and one hidden in each way a partner's tool (or a forger) could hide it. */
    private static byte[] hiddenSerials() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, font, 12, 60, 720, "Certificate of Destruction, Customer: Test");
                line(text, font, 12, 60, 700, "Serial number: SN0001");
                text.setNonStrokingColor(Color.WHITE);
                line(text, font, 12, 60, 680, "Serial number: SN0002");
                text.setNonStrokingColor(Color.BLACK);
                line(text, font, 12, 60, 2000, "Serial number: SN0003");
                line(text, font, 12, -900, 640, "Serial number: SN0004");
                line(text, font, 0.1f, 60, 620, "Serial number: SN0005");
                text.setRenderingMode(RenderingMode.NEITHER);
                line(text, font, 12, 60, 600, "Serial number: SN0006");
                text.setRenderingMode(RenderingMode.FILL);
                text.setNonStrokingColor(Color.GRAY);
                line(text, font, 12, 60, 580, "Serial number: SN0007");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String line)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(line);
        text.endText();
    }

    @Test
    void wordsAndThePlanReferenceAreNotSerialsUnlessListedAsSerials() throws IOException {
        CodDocument cod = verified(TestCods.sign(TestCods.codPdf("Northwind Telecom, plan NW-2026-01, order 4711-22",
                "JN11D0C0DE01", "JN11D0C0DE02"), signer));

        assertThat(cod.lists("JN11D0C0DE01")).isTrue();
        assertThat(cod.lists("JN11D0C0DE02")).isTrue();
        for (String word : List.of("DESTROYED", "SERIAL", "NUMBER", "CERTIFICATE", "DESTRUCTION", "NW-2026-01",
                "4711-22", "NORTHWIND", "TELECOM", "EQUIPMENT", "FOLLOWING")) {
            assertThat(cod.lists(word)).as(word).isFalse();
        }
    }

    @Test
    void aWordListedAsASerialStillNeedsADigit() throws IOException {
        CodDocument cod = verified(TestCods.sign(TestCods.codPdf("Customer: Test", "DESTROYED", "SN-0001"), signer));

        assertThat(cod.lists("DESTROYED")).isFalse();
        assertThat(cod.lists("SN-0001")).isTrue();
    }

    @Test
    void serialsInATableColumnHeadedSerialAreListed() throws IOException {
        byte[] table;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, font, 12, 60, 720, "Certificate of Destruction for Test, plan TP-2026-07");
                String[][] rows = {{"Platform", "Serial Number", "Status"}, {"MX480", "TB00001", "Destroyed"},
                        {"MX204", "TB-00002", "Destroyed"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        line(text, font, 12, 60 + 150 * c, 680 - 20 * r, rows[r][c]);
                    }
                }
                line(text, font, 12, 210, 560, "Signed 2026-09-30, order 4711-99");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            table = out.toByteArray();
        }
        CodDocument cod = verified(TestCods.sign(table, signer));

        assertThat(cod.lists("TB00001")).isTrue();
        assertThat(cod.lists("TB-00002")).isTrue();
        assertThat(cod.lists("MX480")).as("another column").isFalse();
        assertThat(cod.lists("TP-2026-07")).isFalse();
        assertThat(cod.lists("4711-99")).as("below the table, after a gap line with nothing in the column").isFalse();
    }

    @Test
    void aSigningTimeInTheFutureIsRejected() throws IOException {
        Instant now = Instant.now();
        TestCods.Signer future = ca.issue("CN=Future Officer,O=Recycler", now.plus(Duration.ofDays(5 * 365)),
                now.plus(Duration.ofDays(10 * 365)));
        Instant signedAt = now.plus(Duration.ofDays(6 * 365));

        CodVerification verification = verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), future,
                "SHA256withECDSA", signedAt));

        assertThat(verification.problem().code()).isEqualTo("COD_SIGNED_IN_FUTURE");
        assertThat(verification.message()).contains("after today").contains("clock");
    }

    @Test
    void theFutureIsAfterTheJobsTodayOfItsClock() throws IOException {
        Instant signedAt = Instant.parse("2026-11-25T21:43:09Z");
        byte[] pdf = TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), signer, "SHA256withECDSA", signedAt);
        Clock dayOfSigning = Clock.fixed(LocalDate.parse("2026-11-25").atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC);
        Clock dayBefore = Clock.offset(dayOfSigning, Duration.ofDays(-1));

        assertThat(verify(pdf, dayOfSigning).problem()).as("tmip.today=2026-11-25: signed that day").isNull();
        assertThat(verify(pdf, dayBefore).problem().code()).isEqualTo("COD_SIGNED_IN_FUTURE");
    }

    @Test
    void aSignatureByAnRsa1024KeyIsRejected() throws IOException {
        TestCods.Signer weak = ca.issue("CN=Old Officer,O=Recycler", TestCods.rsaKeyPair(1024),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);

        CodVerification verification = verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), weak,
                "SHA256withRSA"));

        assertThat(verification.problem().code()).isEqualTo("COD_WEAK_KEY");
        assertThat(verification.message()).contains("1024-bit RSA").contains("2048");
    }

    @Test
    void rsa2048AndEcKeysAreModern() throws IOException {
        TestCods.Signer rsa = ca.issue("CN=Officer,O=Recycler", TestCods.rsaKeyPair(2048),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        assertThat(verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), rsa, "SHA256withRSA")).problem())
                .isNull();
        assertThat(verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), signer)).problem()).isNull();
    }

    @Test
    void aTlsServerCertificateIsNotForSigningDocuments() throws IOException {
        TestCods.Signer tls = ca.issue("CN=www.recycler.example,O=Recycler", TestCods.keyPair(),
                KeyUsage.keyEncipherment, KeyPurposeId.id_kp_serverAuth);

        CodVerification verification = verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), tls));

        assertThat(verification.problem().code()).isEqualTo("COD_SIGNER_KEY_USAGE");
        assertThat(verification.message()).contains("not meant for signing documents")
                .contains("keyEncipherment").contains("serverAuth");
    }

    @Test
    void aTlsServerCertificateWithDigitalSignatureIsNotForSigningDocumentsEither() throws IOException {
        TestCods.Signer tls = ca.issue("CN=www.recycler.example,O=Recycler", TestCods.keyPair(),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment, KeyPurposeId.id_kp_serverAuth);

        assertThat(verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), tls)).problem().code())
                .isEqualTo("COD_SIGNER_KEY_USAGE");
    }

    @Test
    void aDocumentSigningPurposeOrNoExtensionsAreFine() throws IOException {
        TestCods.Signer email = ca.issue("CN=Officer,O=Recycler", TestCods.keyPair(), KeyUsage.digitalSignature,
                KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_clientAuth);
        TestCods.Signer plain = ca.issue("CN=Officer,O=Recycler", TestCods.keyPair(), 0);

        assertThat(verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), email)).problem()).isNull();
        assertThat(verify(TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001"), plain)).problem()).isNull();
    }

    @Test
    void aCertificateIsMadeOutToTheAccountItNamesOrItsSignersOrganisation() throws IOException {
        Account northwind = new Account("ACC-1001", "Northwind Telecom");
        CodFileRule rule = new CodFileRule(CodDocuments.of(new CodVerifier(folder,
                TrustAnchors.of(List.of(ca.certificate())), MAX, Clock.systemUTC())));
        Files.write(folder.resolve("by-name.pdf"), TestCods.sign(TestCods.codPdf("Customer: NORTHWIND TELECOM.",
                "SN0001"), signer));
        Files.write(folder.resolve("by-id.pdf"), TestCods.sign(TestCods.codPdf("Account ACC-1001", "SN0001"),
                signer));
        Files.write(folder.resolve("by-signer.pdf"), TestCods.sign(TestCods.codPdf("Certificate", "SN0001"),
                ca.issue("CN=Officer,O=Northwind Telecom")));
        Files.write(folder.resolve("contoso.pdf"), TestCods.sign(TestCods.codPdf("Customer: Contoso Networks Ltd",
                "SN0001"), ca.issue("CN=Officer,O=Contoso Recycling")));
        Files.write(folder.resolve("prefix.pdf"), TestCods.sign(TestCods.codPdf("Customer: Northwind Telecoms Group",
                "SN0001"), signer));

        for (String name : List.of("by-name.pdf", "by-id.pdf", "by-signer.pdf")) {
            CodDocument cod = rule.check(Disposition.COD, name).value();
            assertThat(rule.checkAccount(cod, northwind, name)).as(name).isEmpty();
        }
        for (String name : List.of("contoso.pdf", "prefix.pdf")) {
            CodDocument cod = rule.check(Disposition.COD, name).value();
            assertThat(rule.checkAccount(cod, northwind, name)).as(name).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(CodProblem.ACCOUNT_MISMATCH);
                assertThat(v.message()).startsWith("CoD file \"" + name + "\" is not made out to account"
                        + " \"Northwind Telecom\" (ACC-1001)").contains("send the certificate issued for this account");
            });
        }
        assertThat(rule.check(Disposition.COD, "contoso.pdf").value().names("Contoso Networks, Ltd.")).isTrue();
    }
}
