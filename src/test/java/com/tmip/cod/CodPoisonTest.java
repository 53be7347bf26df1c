package com.tmip.cod;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    TestCods.Signer signer;
    CodVerifier verifier;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectory(root.resolve("cod"));
        TestCods.Ca ca = TestCods.ca("CN=Partner CA,O=Test");
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
}
