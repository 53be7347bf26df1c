package com.tmip.cod;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Broken and hostile PDFs end as a rejection with a rule code and a one-line message, never as an exception: the
 * verifier is the failure budget of one CoD file.
 */
class CodPoisonTest {

    @TempDir
    Path root;
    Path folder;
    TestCods.Ca ca;
    TestCods.Signer signer;
    CodVerifier verifier;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectory(root.resolve("cod"));
        ca = TestCods.ca("CN=Partner CA,O=Test");
        signer = ca.issue("CN=Destruction Officer,O=Recycler");
        verifier = new CodVerifier(folder, TrustAnchors.of(List.of(ca.certificate())), 50L * 1024 * 1024,
                Clock.systemUTC());
    }

    private CodVerification verify(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
        return verifier.verify(name).verification();
    }

    private static void assertOneLineRejection(CodVerification verification) {
        assertThat(verification.isVerified()).isFalse();
        assertThat(verification.problem()).isNotNull();
        assertThat(verification.message()).isNotBlank().doesNotContain("\n").doesNotContain("\tat ");
    }

    @Test
    void aCrossReferenceStreamWithAbsurdFieldWidthsIsUnreadableNotAnException() throws IOException {
        byte[] pdf = BrokenPdfs.absurdXrefWidths();
        assertThat(pdf.length).isLessThan(400);

        CodVerification verification = verify("xref.pdf", pdf);

        assertOneLineRejection(verification);
        assertThat(verification.problem().code()).isEqualTo("COD_FILE_UNREADABLE");
        assertThat(verification.message()).contains("\"xref.pdf\"").contains("damaged");
    }

    @Test
    void aDeflateBombIsRejectedWithoutInflatingIt() throws IOException {
        byte[] bomb = BrokenPdfs.deflateBomb(512L * 1024 * 1024);
        assertThat(bomb.length).as("about a thousandth of what it inflates to").isLessThan(1024 * 1024);
        long before = usedHeap();

        CodVerification verification = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> verify("bomb.pdf", bomb));

        assertOneLineRejection(verification);
        assertThat(verification.problem().code()).isEqualTo("COD_STREAM_TOO_LARGE");
        assertThat(verification.message()).contains("\"bomb.pdf\"").contains("64 MB");
        assertThat(usedHeap() - before).as("nothing of the inflated data is kept").isLessThan(200L * 1024 * 1024);
    }

    @Test
    void aBombBehindACommentInItsObjectHeaderIsFoundToo() throws IOException {
        for (String header : List.of("3 0 %c\nobj", "3 %c\n0 obj", "3 0 %" + "x".repeat(1000) + "\nobj")) {
            CodVerification verification = verify("bomb.pdf", BrokenPdfs.deflateBomb(256L * 1024 * 1024, header));
            assertThat(verification.problem().code()).as(header).isEqualTo("COD_STREAM_TOO_LARGE");
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void hundredsOfMalformedPdfsEachEndInARejectionWithACode() throws IOException {
        byte[] good = TestCods.sign(TestCods.codPdf("Customer: Test", "SN0001", "SN0002"), signer);
        List<byte[]> files = new ArrayList<>(BrokenPdfs.malformed(good, 400, 13));
        files.add(BrokenPdfs.absurdXrefWidths());
        files.add(BrokenPdfs.deflateBomb(80L * 1024 * 1024));
        Map<String, Integer> codes = new LinkedHashMap<>();

        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < files.size(); i++) {
                String name = "fuzz-" + i + ".pdf";
                CodVerification verification;
                try {
                    verification = verify(name, files.get(i));
                } catch (Throwable thrown) {
                    throw new AssertionError(name + " threw " + thrown, thrown);
                }
                if (verification.isVerified()) {
                    // a flip inside a part the signature does not cover and nothing reads: still the signed file
                    assertThat(verification.document().sha256()).isNotNull();
                    codes.merge("VERIFIED", 1, Integer::sum);
                    continue;
                }
                assertOneLineRejection(verification);
                codes.merge(verification.problem().code(), 1, Integer::sum);
            }
        });

        assertThat(codes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(files.size());
        assertThat(codes).containsKeys("COD_FILE_UNREADABLE", "COD_STREAM_TOO_LARGE");
    }

    private CodVerification verifyWith(CodLimits limits, byte[] bytes) throws IOException {
        Files.write(folder.resolve("cod.pdf"), bytes);
        return new CodVerifier(folder, TrustAnchors.of(List.of(ca.certificate())), limits, Clock.systemUTC())
                .verify("cod.pdf").verification();
    }

    private static CodLimits limits(long maxStreamBytes, long maxDecodedBytes, int maxPages, int maxTextChars) {
        return limits(maxStreamBytes, maxDecodedBytes, maxPages, maxTextChars, 5_000_000, Duration.ofSeconds(30));
    }

    private static CodLimits limits(long maxStreamBytes, long maxDecodedBytes, int maxPages, int maxTextChars,
                                    long maxOperators, Duration maxCpuTime) {
        return new CodLimits(50L * 1024 * 1024, maxStreamBytes, maxDecodedBytes, 1024 * 1024, null, maxPages,
                maxTextChars, maxOperators, maxCpuTime);
    }

    @Test
    void eachLimitHasItsOwnCode() throws IOException {
        byte[] pages = TestCods.sign(pages(12), signer);
        assertThat(verifyWith(limits(64 << 20, 256 << 20, 12, 500_000), pages).problem()).isNull();

        CodVerification tooManyPages = verifyWith(limits(64 << 20, 256 << 20, 11, 500_000), pages);
        assertThat(tooManyPages.problem().code()).isEqualTo("COD_TOO_MANY_PAGES");
        assertThat(tooManyPages.message()).contains("12 pages").contains("11");

        CodVerification tooMuchText = verifyWith(limits(64 << 20, 256 << 20, 100, 100), pages);
        assertThat(tooMuchText.problem().code()).isEqualTo("COD_TEXT_TOO_LONG");

        CodVerification tooMuchContent = verifyWith(limits(64 << 20, 1000, 100, 500_000), pages);
        assertThat(tooMuchContent.problem().code()).isEqualTo("COD_CONTENT_TOO_LARGE");
        assertThat(tooMuchContent.message()).contains("1000 bytes in all");
    }

    @Test
    void drawingInstructionsNestedWithoutEndAreTooComplex() throws IOException {
        byte[] nested;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 5000; i++) {
                    content.saveGraphicsState();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            nested = out.toByteArray();
        }
        CodVerification verification = verifyWith(CodLimits.defaults(50L * 1024 * 1024),
                TestCods.sign(nested, signer));
        assertOneLineRejection(verification);
        assertThat(verification.problem().code()).isEqualTo("COD_FILE_TOO_COMPLEX");
    }

    /** Millions of cheap instructions in a few hundred KB of compressed content: bounded by count and by time. */
    @Test
    void endlessDrawingInstructionsAreTooComplexByCountAndByProcessorTime() throws IOException {
        byte[] busy;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 50_000; i++) {
                    content.moveTo(i % 500, i % 700);
                    content.lineTo(i % 300, i % 600);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            busy = TestCods.sign(out.toByteArray(), signer);
        }
        assertThat(verifyWith(CodLimits.defaults(50L * 1024 * 1024), busy).problem()).isNull();

        CodVerification byCount = verifyWith(limits(64 << 20, 256 << 20, 100, 500_000, 50_000, Duration.ofSeconds(30)),
                busy);
        assertOneLineRejection(byCount);
        assertThat(byCount.problem().code()).isEqualTo("COD_FILE_TOO_COMPLEX");
        assertThat(byCount.message()).contains("more than 50000 drawing instructions");

        CodVerification byTime = verifyWith(limits(64 << 20, 256 << 20, 100, 500_000, 5_000_000, Duration.ofNanos(1)),
                busy);
        assertOneLineRejection(byTime);
        assertThat(byTime.problem().code()).isEqualTo("COD_FILE_TOO_COMPLEX");
        assertThat(byTime.message()).contains("of processor time");
    }

    @Test
    void anEncryptedPdfCannotBeMeasuredAndIsRefused() throws IOException {
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(TestCods.codPdf("Customer: Test", "SN0001"))) {
            document.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            encrypted = out.toByteArray();
        }
        CodVerification verification = verify("locked.pdf", encrypted);
        assertThat(verification.problem().code()).isEqualTo("COD_FILE_UNREADABLE");
        assertThat(verification.message()).contains("encrypted");
    }

    private static byte[] pages(int count) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < count; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(60, 720);
                    text.showText("Certificate of Destruction, Customer: Test, page " + (p + 1));
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
