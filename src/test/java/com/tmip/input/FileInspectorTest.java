package com.tmip.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileInspectorTest {

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    @Test
    void fingerprintsAndDescribesACsvFile() throws Exception {
        byte[] content = "serial,platform\nA1,MX5\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("list.txt"), content);

        InspectedFile inspected = inspector.inspect(file);

        assertThat(inspected.path()).isEqualTo(file);
        assertThat(inspected.fileName()).isEqualTo("list.txt");
        assertThat(inspected.size()).isEqualTo(content.length);
        assertThat(inspected.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(inspected.format()).isEqualTo(InputFormat.CSV);
        assertThat(inspected.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspected.delimiter()).isEqualTo(',');
    }

    @Test
    void utf8CheckCoversTheWholeFileNotOnlyItsStart() throws Exception {
        StringBuilder text = new StringBuilder("serial;account\n");
        while (text.length() < 300_000) {
            text.append("A1;Acme\n");
        }
        text.append("A2;Société Générale\n");

        Path utf8 = Files.write(dir.resolve("utf8.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
        Path cp1252 = Files.write(dir.resolve("cp1252.csv"), text.toString().getBytes(Charset.forName("windows-1252")));

        assertThat(inspector.inspect(utf8).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspector.inspect(cp1252).charset()).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void multiByteCharacterAcrossTheReadBufferStaysUtf8() throws Exception {
        byte[] prefix = "a\n".repeat(32 * 1024).getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(prefix, prefix.length + 3);
        System.arraycopy("\u20AC".getBytes(StandardCharsets.UTF_8), 0, content, prefix.length - 1, 3);
        content[content.length - 1] = '\n';

        assertThat(inspector.inspect(Files.write(dir.resolve("euro.csv"), content)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void delimiterCountsOutsideQuotesOnTheFirstNonBlankLine() {
        assertThat(FileInspector.delimiter("\n  \na;b;c\n1,2,3,4,5\n")).isEqualTo(';');
        assertThat(FileInspector.delimiter("\"a;b;c\",d\n")).isEqualTo(',');
        assertThat(FileInspector.delimiter("a,b;c\n")).isEqualTo(',');
        assertThat(FileInspector.delimiter("serial\n")).isEqualTo(',');
    }

    @Test
    void emptyFiles() throws Exception {
        assertRule(Files.write(dir.resolve("zero.csv"), new byte[0]), "FILE_EMPTY");
        assertRule(Files.write(dir.resolve("bom.csv"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n'}),
                "FILE_EMPTY");
        assertRule(Files.write(dir.resolve("bom16.csv"), new byte[]{(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0}),
                "FILE_EMPTY");
    }

    @Test
    void missingOrUnreadable() {
        assertRule(dir.resolve("nope.csv"), "FILE_NOT_READABLE");
        assertRule(dir, "FILE_NOT_READABLE");
    }

    @Test
    void pdfIsNamed() throws Exception {
        Path pdf = Files.write(dir.resolve("list.csv"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> inspector.inspect(pdf))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("FILE_FORMAT_UNKNOWN");
                    assertThat(e.getMessage()).contains("looks like a PDF", "not a CSV or Excel file");
                });
    }

    @Test
    void binaryContentIsRejected() throws Exception {
        Path png = Files.write(dir.resolve("a.csv"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        Path nul = Files.write(dir.resolve("b.csv"), new byte[]{'a', ',', 'b', 0, 0, 1, 2, '\n'});

        assertRule(png, "FILE_FORMAT_UNKNOWN");
        assertRule(nul, "FILE_FORMAT_UNKNOWN");
    }

    @Test
    void htmlPretendingToBeExcel() throws Exception {
        Path html = Files.writeString(dir.resolve("export.xls"), "<!DOCTYPE html><html><table><tr><td>x</td></tr></table>");

        assertRule(html, "FILE_FORMAT_UNKNOWN");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        Path zip = dir.resolve("lists.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("list.csv"));
            out.write("serial\nA1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThatThrownBy(() -> inspector.inspect(zip))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("FILE_FORMAT_UNKNOWN");
                    assertThat(e.getMessage()).contains("is a ZIP archive but not an Excel workbook");
                });
    }

    @Test
    void xlsxIsDetectedWhateverItsName() throws Exception {
        Path file = Files.move(TestWorkbooks.xlsx(dir), dir.resolve("list.csv"));

        InspectedFile inspected = inspector.inspect(file);

        assertThat(inspected.format()).isEqualTo(InputFormat.XLSX);
        assertThat(inspected.charset()).isNull();
        assertThat(inspected.sha256()).hasSize(64);
    }

    @Test
    void messagesNameNoJavaClasses() throws Exception {
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.4");
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(Files.readAllBytes(TestWorkbooks.xlsx(dir)), 200));

        for (Path file : new Path[]{pdf, truncated, dir.resolve("missing.csv")}) {
            assertThatThrownBy(() -> inspector.inspect(file))
                    .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.getMessage())
                            .doesNotContainIgnoringCase("exception").doesNotContain("java", "poi"));
        }
    }

    private void assertRule(Path file, String rule) {
        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

}
