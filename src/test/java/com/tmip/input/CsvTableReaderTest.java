package com.tmip.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableReaderTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        InspectedFile file = inspect(bytes(UTF8_BOM, "serial,account\nA1,Société Générale\n", StandardCharsets.UTF_8));

        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(file)).containsExactly(
                new SourceRow(1, List.of("serial", "account")),
                new SourceRow(2, List.of("A1", "Société Générale")));
    }

    @Test
    void utf8WithoutBom() throws Exception {
        InspectedFile file = inspect(bytes(new byte[0], "serial,account\r\nA1,Société Générale\r\n", StandardCharsets.UTF_8));

        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.delimiter()).isEqualTo(',');
        assertThat(read(file)).last().isEqualTo(new SourceRow(2, List.of("A1", "Société Générale")));
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        InspectedFile file = inspect(bytes(UTF16LE_BOM, "serial;account\r\nA1;Société Générale\r\n",
                StandardCharsets.UTF_16LE));

        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(read(file)).containsExactly(
                new SourceRow(1, List.of("serial", "account")),
                new SourceRow(2, List.of("A1", "Société Générale")));
    }

    @Test
    void windows1252IsNotGarbled() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        InspectedFile file = inspect(bytes(new byte[0], "account;serial\nSociété Générale;X1\n", cp1252));

        assertThat(file.charset()).isEqualTo(cp1252);
        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(read(file)).last().isEqualTo(new SourceRow(2, List.of("Société Générale", "X1")));
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        InspectedFile file = inspect(utf8("serial,note,path\n"
                + "A1,\"a, b \"\"c\"\"\nsecond line\",C:\\cod\\a.pdf\n"
                + "A2,plain,\n"));

        assertThat(read(file)).containsExactly(
                new SourceRow(1, List.of("serial", "note", "path")),
                new SourceRow(2, List.of("A1", "a, b \"c\"\nsecond line", "C:\\cod\\a.pdf")),
                new SourceRow(3, List.of("A2", "plain", "")));
    }

    @Test
    void semicolonFileWithCommasInsideValues() throws Exception {
        InspectedFile file = inspect(utf8("serial;amount;note\nA1;\"1,5\";x, y\n"));

        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(read(file)).last().isEqualTo(new SourceRow(2, List.of("A1", "1,5", "x, y")));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        InspectedFile file = inspect(utf8("\nserial,platform\nA1,MX5\n\n,\n  ,  \nA2,MX10\n"));

        assertThat(read(file)).containsExactly(
                new SourceRow(2, List.of("serial", "platform")),
                new SourceRow(3, List.of("A1", "MX5")),
                new SourceRow(7, List.of("A2", "MX10")));
    }

    @Test
    void unterminatedQuoteIsCorruptFromItsRow() throws Exception {
        InspectedFile file = inspect(utf8("serial,note\nA1,ok\nA2,\"never closed\nA3,x\nA4,y\n"));

        try (TableReader reader = TableReaders.open(file)) {
            assertThat(reader.sheetName()).isEmpty();
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("A1", "ok")));
            assertThatThrownBy(reader::next)
                    .isInstanceOfSatisfying(InputFileException.class, e -> {
                        assertThat(e.rule()).isEqualTo("FILE_CORRUPT");
                        assertThat(e.rowNumber()).isEqualTo(3);
                        assertThat(e.getMessage()).contains("from row 3").doesNotContain("Exception");
                    });
        }
    }

    @Test
    void aRecordPastTheBoundRejectsTheFileFromItsRowWithoutReadingItAll() throws Exception {
        InputLimits limits = new InputLimits(3, 10, 100, 31, 1_000_000, 69);
        String endless = "x".repeat(5_000);
        InspectedFile noLineBreak = inspect(utf8("serial,note\nA1,ok\nA2," + endless));

        try (TableReader reader = TableReaders.open(noLineBreak, limits)) {
            assertThat(reader.next()).isEqualTo(new SourceRow(2, List.of("A1", "ok")));
            assertThatThrownBy(reader::next)
                    .isInstanceOfSatisfying(InputFileException.class, e -> {
                        assertThat(e.rule()).isEqualTo("FILE_RECORD_TOO_LONG");
                        assertThat(e.rowNumber()).isEqualTo(3);
                        assertThat(e.getMessage()).contains("from row 3", "69 characters")
                                .doesNotContain("xxxx", "Exception");
                    });
        }
    }

    @Test
    void quotedLineBreaksAndDoubledQuotesCountTowardsOneRecordOnly() throws Exception {
        InputLimits limits = new InputLimits(3, 10, 100, 31, 1_000_000, 69);
        // each record is under 69 characters; together the file is far longer
        StringBuilder text = new StringBuilder("serial,note\n");
        for (int i = 0; i < 200; i++) {
            text.append("A").append(i).append(",\"a \"\"b\"\"\nc\"\n");
        }
        List<SourceRow> rows = new java.util.ArrayList<>();
        try (TableReader reader = TableReaders.open(inspect(utf8(text.toString())), limits)) {
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(200);
        assertThat(rows.get(199).cells()).containsExactly("A199", "a \"b\"\nc");
    }

    @Test
    void aHeaderPastTheBoundRejectsTheFile() throws Exception {
        InputLimits limits = new InputLimits(3, 10, 100, 31, 1_000_000, 69);
        InspectedFile file = inspect(utf8("serial," + "h".repeat(500)));

        assertThatThrownBy(() -> TableReaders.open(file, limits))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("FILE_RECORD_TOO_LONG"));
    }

    @Test
    void onlySeparatorsMeansNoHeader() throws Exception {
        InspectedFile file = inspect(utf8(",,,\n , \n"));

        assertThatThrownBy(() -> TableReaders.open(file))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("FILE_NO_HEADER"));
    }

    @Test
    void rowsKeepTheirOwnLength() throws Exception {
        InspectedFile file = inspect(utf8("a,b,c\n1\n1,2,3,4\n"));

        List<SourceRow> rows = read(file);
        assertThat(rows.get(1).cells()).containsExactly("1");
        assertThat(rows.get(1).cell(2)).isEmpty();
        assertThat(rows.get(2).cells()).containsExactly("1", "2", "3", "4");
    }

    private InspectedFile inspect(byte[] content) throws Exception {
        return inspector.inspect(Files.write(dir.resolve("list.csv"), content));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    /** The header as a row, then every data row. */
    private static List<SourceRow> read(InspectedFile file) throws InputFileException {
        List<SourceRow> rows = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file)) {
            rows.add(new SourceRow(reader.headerRowNumber(), reader.header()));
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
