package com.tmip.cod;

import com.tmip.cases.Disposition;
import com.tmip.equipment.rules.CodFileRule;
import com.tmip.equipment.rules.EquipmentRuleCode;
import com.tmip.row.Violation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Each way a CoD can fail ends with its rule code; certificates and PDFs are built here, keys stay in memory. */
class CodVerifierTest {

    static final long MAX = 5 * 1024 * 1024;

    @TempDir
    Path root;
    Path folder;
    TestCods.Ca partnerCa;
    TestCods.Signer signer;
    CodVerifier verifier;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectory(root.resolve("cod"));
        partnerCa = TestCods.ca("CN=Partner CA,O=Test");
        signer = partnerCa.issue("CN=Destruction Officer,O=Recycler");
        verifier = new CodVerifier(folder, TrustAnchors.of(List.of(partnerCa.certificate())), MAX, Clock.systemUTC());
    }

    private String write(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
        return name;
    }

    private CodVerification verify(String name) {
        return verifier.verify(name).verification();
    }

    private static byte[] signedCod(TestCods.Signer signer, String... serials) {
        return TestCods.sign(TestCods.codPdf("Customer: Test", serials), signer);
    }

    @Test
    void aSignedCodFromATrustedPartnerVerifiesAndListsItsSerials() throws IOException {
        byte[] bytes = signedCod(signer, "SN-0001", "SN0002");
        CodVerifier.Outcome outcome = verifier.verify(write("cod.pdf", bytes));

        assertThat(outcome.verification().problem()).as(outcome.verification().message()).isNull();
        CodDocument document = outcome.verification().document();
        assertThat(document.sha256()).isEqualTo(CodVerifier.sha256(bytes));
        assertThat(document.signer().subject()).isEqualTo("O=Recycler,CN=Destruction Officer");
        assertThat(document.signer().digestAlgorithm()).isEqualTo("SHA256");
        assertThat(document.signer().signingTime()).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(document.hasText()).isTrue();
        assertThat(document.lists("SN-0001")).isTrue();
        assertThat(document.lists("SN0002")).isTrue();
        assertThat(document.lists("SN0003")).isFalse();
        assertThat(outcome.attachment().content()).as("the stored bytes are the verified bytes").isEqualTo(bytes);
    }

    @Test
    void anUnsignedPdf() throws IOException {
        assertThat(verify(write("cod.pdf", TestCods.codPdf("x", "SN0001"))).problem()).isEqualTo(CodProblem.NOT_SIGNED);
    }

    @Test
    void aPdfChangedAfterSigning() throws IOException {
        byte[] bytes = signedCod(signer, "SN0001");
        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).startsWith("%PDF-1.");
        bytes[7] = (byte) (bytes[7] == '4' ? '5' : '4');
        CodVerification verification = verify(write("cod.pdf", bytes));
        assertThat(verification.problem()).isEqualTo(CodProblem.SIGNATURE_INVALID);
        assertThat(verification.message()).contains("changed after it was signed");
    }

    @Test
    void aPdfAppendedToAfterSigning() throws IOException {
        byte[] signed = signedCod(signer, "SN0001");
        byte[] appended = Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% added later    \n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 19);
        appended[appended.length - 1] = '\n';
        assertThat(verify(write("cod.pdf", appended)).problem()).isEqualTo(CodProblem.NOT_FULLY_SIGNED);
    }

    @Test
    void aPdfSignedByAnUntrustedSelfSignedCertificate() throws IOException {
        CodVerification verification = verify(write("cod.pdf", signedCod(TestCods.selfSigned("CN=Mallory"), "SN1")));
        assertThat(verification.problem()).isEqualTo(CodProblem.SIGNER_UNTRUSTED);
        assertThat(verification.message()).contains("CN=Mallory");
    }

    @Test
    void aPdfSignedByAnotherCa() throws IOException {
        TestCods.Signer stranger = TestCods.ca("CN=Other CA").issue("CN=Someone");
        assertThat(verify(write("cod.pdf", signedCod(stranger, "SN0001"))).problem())
                .isEqualTo(CodProblem.SIGNER_UNTRUSTED);
    }

    @Test
    void noTrustAnchorsMeansNoSignerIsTrusted() throws IOException {
        CodVerifier untrusting = new CodVerifier(folder, TrustAnchors.load(root.resolve("no-such-folder")), MAX,
                Clock.systemUTC());
        CodVerification verification = untrusting.verify(write("cod.pdf", signedCod(signer, "SN0001"))).verification();
        assertThat(verification.problem()).isEqualTo(CodProblem.SIGNER_UNTRUSTED);
        assertThat(verification.message()).contains("--trust-dir");
    }

    @Test
    void trustAnchorsAreReadFromPemFiles() throws IOException {
        Path trust = Files.createDirectory(root.resolve("trust"));
        Files.write(trust.resolve("partner.der"), encoded(partnerCa));
        Files.writeString(trust.resolve("notes.pem"), "not a certificate");
        CodVerifier fromFolder = new CodVerifier(folder, TrustAnchors.load(trust), MAX, Clock.systemUTC());
        assertThat(fromFolder.verify(write("cod.pdf", signedCod(signer, "SN0001"))).verification().isVerified())
                .isTrue();
    }

    private static byte[] encoded(TestCods.Ca ca) {
        try {
            return ca.certificate().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCertificateExpiredBeforeSigning() throws IOException {
        Instant now = Instant.now();
        TestCods.Signer expired = partnerCa.issue("CN=Old Officer", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)));
        CodVerification verification = verify(write("cod.pdf", signedCod(expired, "SN0001")));
        assertThat(verification.problem()).isEqualTo(CodProblem.CERTIFICATE_EXPIRED);
        assertThat(verification.message()).contains("expired");
    }

    @Test
    void aSha1Signature() throws IOException {
        byte[] bytes = TestCods.sign(TestCods.codPdf("x", "SN0001"), signer, "SHA1withECDSA");
        CodVerification verification = verify(write("cod.pdf", bytes));
        assertThat(verification.problem()).isEqualTo(CodProblem.WEAK_DIGEST);
        assertThat(verification.message()).contains("SHA-256 or stronger");
    }

    @Test
    void aScanWithItsDetachedSignatureVerifiesWithoutText() throws IOException {
        byte[] scan = png();
        write("scan.png", scan);
        write("scan.png.p7s", TestCods.cms(scan, signer, "SHA256withECDSA"));
        CodVerifier.Outcome outcome = verifier.verify("scan.png");
        assertThat(outcome.verification().problem()).as(outcome.verification().message()).isNull();
        assertThat(outcome.verification().document().hasText()).isFalse();
        assertThat(outcome.verification().document().contentType()).isEqualTo("image/png");
        assertThat(outcome.verification().document().signer().kind()).isEqualTo(CodSigner.Kind.DETACHED_P7S);
        assertThat(outcome.attachment().detachedSignature()).isNotNull();
    }

    @Test
    void aDetachedSignatureOfADifferentFile() throws IOException {
        write("scan.png", png());
        byte[] other = png();
        other[20] ^= 1;
        write("scan.png.p7s", TestCods.cms(other, signer, "SHA256withECDSA"));
        assertThat(verify("scan.png").problem()).isEqualTo(CodProblem.SIGNATURE_INVALID);
    }

    @Test
    void aScanWithoutDetachedSignatureOrAnyOtherFileIsNotAPdf() throws IOException {
        assertThat(verify(write("scan.png", png())).problem()).isEqualTo(CodProblem.FILE_NOT_PDF);
        assertThat(verify(write("cod.pdf", "hello".getBytes(StandardCharsets.US_ASCII))).problem())
                .isEqualTo(CodProblem.FILE_NOT_PDF);
    }

    @Test
    void aDamagedPdf() throws IOException {
        assertThat(verify(write("cod.pdf", "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII))).problem())
                .isEqualTo(CodProblem.FILE_UNREADABLE);
    }

    @Test
    void aFileOverTheCap() throws IOException {
        CodVerifier small = new CodVerifier(folder, TrustAnchors.of(List.of(partnerCa.certificate())), 100,
                Clock.systemUTC());
        assertThat(small.verify(write("cod.pdf", signedCod(signer, "SN0001"))).verification().problem())
                .isEqualTo(CodProblem.FILE_TOO_LARGE);
    }

    @Test
    void missingFilesAndFolders() throws IOException {
        Files.createDirectory(folder.resolve("sub.pdf"));
        assertThat(verify("absent.pdf").problem()).isEqualTo(CodProblem.FILE_NOT_FOUND);
        assertThat(verify("sub.pdf").problem()).isEqualTo(CodProblem.FILE_NOT_REGULAR);
    }

    @Test
    void pathsOutsideTheFolderAreNeverOpened() throws Exception {
        Path outside = Files.createDirectory(root.resolve("outside"));
        Path fifo = outside.resolve("trap.pdf");
        mkfifo(fifo);
        Files.write(outside.resolve("real.pdf"), signedCod(signer, "SN0001"));
        Files.createSymbolicLink(folder.resolve("link.pdf"), fifo);
        Files.createSymbolicLink(folder.resolve("good-link.pdf"), outside.resolve("real.pdf"));
        mkfifo(folder.resolve("pipe.pdf"));

        // A FIFO blocks whoever opens it: finishing in time proves nothing followed the link or opened the pipe.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(verify("link.pdf").problem()).isEqualTo(CodProblem.FILE_NOT_REGULAR);
            assertThat(verify("good-link.pdf").problem()).isEqualTo(CodProblem.FILE_NOT_REGULAR);
            assertThat(verify("pipe.pdf").problem()).isEqualTo(CodProblem.FILE_NOT_REGULAR);
            assertThat(verify("../outside/real.pdf").problem()).isEqualTo(CodProblem.FILE_NAME_INVALID);
            assertThat(verify(outside.resolve("real.pdf").toString()).problem())
                    .isEqualTo(CodProblem.FILE_NAME_INVALID);
            assertThat(verify("..").problem()).isEqualTo(CodProblem.FILE_NAME_INVALID);
            assertThat(verify("C:cod.pdf").problem()).isEqualTo(CodProblem.FILE_NAME_INVALID);
            assertThat(verify("a\u0000.pdf").problem()).isEqualTo(CodProblem.FILE_NAME_INVALID);
        });
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }

    @Test
    void aCodThatOmitsOneOfTheRowsSerialsRejectsThatRow() throws IOException {
        write("cod.pdf", signedCod(signer, "SN0001"));
        CodFileRule rule = new CodFileRule(CodDocuments.of(verifier));
        CodDocument cod = rule.check(Disposition.COD, "cod.pdf").value();

        assertThat(rule.checkSerial(cod, "SN0001", "cod.pdf")).isEmpty();
        List<Violation> missing = rule.checkSerial(cod, "SN0002", "cod.pdf");
        assertThat(missing).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(CodProblem.SERIAL_NOT_LISTED);
            assertThat(v.message()).isEqualTo("serial SN0002 is not listed in CoD file \"cod.pdf\"; the certificate"
                    + " must list every serial number it covers");
        });
    }

    @Test
    void theRuleReportsTheCodeOfTheFirstProblem() throws IOException {
        write("cod.pdf", TestCods.codPdf("x", "SN0001"));
        CodFileRule rule = new CodFileRule(CodDocuments.of(verifier));
        assertThat(rule.check(Disposition.COD, "cod.pdf").violations()).singleElement()
                .extracting(Violation::column, Violation::rule)
                .containsExactly("cod_file", CodProblem.NOT_SIGNED);
    }

    @Test
    void eachFileIsVerifiedOncePerRunAndItsBytesHandedOutOnce() throws IOException {
        write("cod.pdf", signedCod(signer, "SN0001"));
        List<String> calls = new ArrayList<>();
        CodDocuments documents = new CodDocuments(name -> {
            calls.add(name);
            return verifier.verify(name);
        });

        documents.verify("cod.pdf");
        documents.verify("cod.pdf");
        documents.verify("absent.pdf");
        documents.verify("absent.pdf");

        assertThat(calls).containsExactly("cod.pdf", "absent.pdf");
        assertThat(documents.takeVerifiedBytes()).singleElement()
                .satisfies(a -> assertThat(a.document().fileName()).isEqualTo("cod.pdf"));
        assertThat(documents.takeVerifiedBytes()).isEmpty();
    }

    @Test
    void everyProblemHasARuleCode() {
        assertThat(EquipmentRuleCode.all()).containsAll(Arrays.asList(CodProblem.values()));
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        for (int i = magic.length; i < png.length; i++) {
            png[i] = (byte) i;
        }
        return png;
    }
}
