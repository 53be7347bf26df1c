package com.tmip.input;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    @Test
    void readsFirstVisibleSheetAsDisplayedWithSheetRowNumbers() throws Exception {
        InspectedFile file = inspector.inspect(TestWorkbooks.xlsx(dir));
        assertThat(file.format()).isEqualTo(InputFormat.XLSX);
        assertThat(file.charset()).isNull();

        try (TableReader reader = TableReaders.open(file)) {
            assertThat(reader.sheetName()).isEqualTo("Equipment");
            assertThat(reader.header()).isEqualTo(TestWorkbooks.HEADER);
            assertThat(reader.headerRowNumber()).isEqualTo(1);
            assertThat(reader.next()).isEqualTo(new SourceRow(2, TestWorkbooks.FIRST_ROW));
            assertThat(reader.next()).isEqualTo(new SourceRow(4, TestWorkbooks.SECOND_ROW));
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void streamsInlineStringsOfALargeSheet() throws Exception {
        Path file = dir.resolve("large.xlsx");
        int rows = 200_000;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Big");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("serial_number");
            header.createCell(1).setCellValue("platform");
            header.createCell(2).setCellValue("qty");
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("SN" + i);
                row.createCell(1).setCellValue("MX204");
                row.createCell(2).setCellValue(i);
            }
            wb.write(out);
            wb.dispose();
        }

        int count = 0;
        SourceRow last = null;
        try (TableReader reader = TableReaders.open(inspector.inspect(file))) {
            assertThat(reader.header()).containsExactly("serial_number", "platform", "qty");
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                count++;
                last = row;
            }
        }
        assertThat(count).isEqualTo(rows);
        assertThat(last).isEqualTo(new SourceRow(rows + 1, List.of("SN" + rows, "MX204", "" + rows)));
    }

    @Test
    void passwordProtectedWorkbookIsEncrypted() throws Exception {
        Path plain = TestWorkbooks.xlsx(dir);
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> inspector.inspect(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("FILE_ENCRYPTED");
                    assertThat(e.getMessage()).contains("password").doesNotContain("Exception");
                });
    }

    @Test
    void truncatedWorkbookIsRejected() throws Exception {
        byte[] bytes = Files.readAllBytes(TestWorkbooks.xlsx(dir));
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TableReaders.open(inspector.inspect(file)))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isIn("FILE_CORRUPT", "FILE_FORMAT_UNKNOWN"));
    }

    @Test
    void damagedSheetXmlReportsTheRowReached() throws Exception {
        Path good = TestWorkbooks.xlsx(dir);
        Path file = dir.resolve("damaged.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.substring(0, xml.indexOf("<row r=\"4\"") + 30).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }

        try (TableReader reader = TableReaders.open(inspector.inspect(file))) {
            assertThat(reader.next().rowNumber()).isEqualTo(2);
            assertThatThrownBy(reader::next)
                    .isInstanceOfSatisfying(InputFileException.class, e -> {
                        assertThat(e.rule()).isEqualTo("FILE_CORRUPT");
                        assertThat(e.rowNumber()).isEqualTo(4);
                        assertThat(e.getMessage()).contains("row 4").contains("Equipment");
                    });
        }
    }

    @Test
    void sheetWithoutAnyRowHasNoHeader() throws Exception {
        Path file = dir.resolve("empty-sheet.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Empty").createRow(3).createCell(2).setCellValue(" ");
            wb.write(out);
        }

        assertThatThrownBy(() -> TableReaders.open(inspector.inspect(file)))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("FILE_NO_HEADER"));
    }

    @Test
    void headerBelowBlankRowsKeepsItsSheetNumberAndVeryHiddenSheetsAreSkipped() throws Exception {
        Path file = dir.resolve("offset.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("no");
            Sheet sheet = wb.createSheet("List");
            wb.setActiveSheet(1);
            wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            sheet.createRow(2).createCell(1).setCellValue("serial");
            sheet.createRow(3).createCell(1).setCellValue("SN1");
            wb.write(out);
        }

        try (TableReader reader = TableReaders.open(inspector.inspect(file))) {
            assertThat(reader.sheetName()).isEqualTo("List");
            assertThat(reader.headerRowNumber()).isEqualTo(3);
            assertThat(reader.header()).containsExactly("", "serial");
            assertThat(reader.next()).isEqualTo(new SourceRow(4, List.of("", "SN1")));
        }
    }

    @Test
    void columnOfReference() {
        assertThat(XlsxTableReader.column("A1")).isZero();
        assertThat(XlsxTableReader.column("C7")).isEqualTo(2);
        assertThat(XlsxTableReader.column("AA10")).isEqualTo(26);
        assertThat(XlsxTableReader.column("XFD1")).isEqualTo(16_383);
    }
}
