package com.tmip.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workbooks that are valid but not the common kind: Strict Open XML (Excel's "Strict Open XML Spreadsheet") is
 * read like any .xlsx; Excel 2.x-4.0 worksheets are named as what they are, with how to save them.
 */
class OldAndStrictWorkbooksTest {

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    @Test
    void aStrictOpenXmlWorkbookIsReadLikeAnyOther() throws Exception {
        Path strict = strict(TestWorkbooks.xlsx(dir), dir.resolve("strict.xlsx"));
        assertThat(new String(Files.readAllBytes(strict), StandardCharsets.ISO_8859_1)).doesNotContain("openxmlformats.org/spreadsheetml");

        InspectedFile file = inspector.inspect(strict);
        assertThat(file.format()).isEqualTo(InputFormat.XLSX);
        try (TableReader reader = TableReaders.open(file)) {
            assertThat(reader.sheetName()).isEqualTo("Equipment");
            assertThat(reader.header()).isEqualTo(TestWorkbooks.HEADER);
            assertThat(reader.next()).isEqualTo(new SourceRow(2, TestWorkbooks.FIRST_ROW));
            assertThat(reader.next()).isEqualTo(new SourceRow(4, TestWorkbooks.SECOND_ROW));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void excel2To4WorksheetsAreNamedWithHowToSaveThem() throws Exception {
        // The first record of a BIFF2, BIFF3 and BIFF4 worksheet: BOF (0x0009, 0x0209, 0x0409), then the version.
        byte[][] heads = {
                {0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00},
                {0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00},
                {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00}};
        String[] names = {"an Excel 2.x worksheet", "an Excel 3.0 worksheet", "an Excel 4.0 worksheet"};
        for (int i = 0; i < heads.length; i++) {
            byte[] content = new byte[600];
            System.arraycopy(heads[i], 0, content, 0, heads[i].length);
            Path old = Files.write(dir.resolve("old" + i + ".xls"), content);
            int n = i;
            assertThatThrownBy(() -> inspector.inspect(old))
                    .isInstanceOfSatisfying(InputFileException.class, e -> {
                        assertThat(e.rule()).isEqualTo(InputRule.FILE_FORMAT_OUTDATED.code());
                        assertThat(e.getMessage()).contains(names[n])
                                .contains("save it as .xlsx (Excel Workbook)");
                    });
        }
        // An Excel 4.0 workbook (a bundle of sheets, BOF type 0x0100).
        byte[] workbook = new byte[600];
        System.arraycopy(new byte[]{0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01}, 0, workbook, 0, 8);
        Path bundle = Files.write(dir.resolve("bundle.xlw"), workbook);
        assertThatThrownBy(() -> inspector.inspect(bundle)).isInstanceOfSatisfying(InputFileException.class,
                e -> assertThat(e.getMessage()).contains("an Excel 4.0 workbook"));
    }

    /** A copy of {@code source} in Strict Open XML: the strict namespaces and relationship types throughout. */
    static Path strict(Path source, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8)
                            .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                    "http://purl.oclc.org/ooxml/spreadsheetml/main")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                    "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .replace("<workbook ", "<workbook conformance=\"strict\" ");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
