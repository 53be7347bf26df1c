package com.tmip.input;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsTableReaderTest {

    @TempDir
    Path dir;

    private final FileInspector inspector = new FileInspector();

    @Test
    void readsFirstVisibleSheetAsDisplayedWithSheetRowNumbers() throws Exception {
        InspectedFile file = inspector.inspect(TestWorkbooks.xls(dir));
        assertThat(file.format()).isEqualTo(InputFormat.XLS);

        try (TableReader reader = TableReaders.open(file)) {
            assertThat(reader.sheetName()).isEqualTo("Equipment");
            assertThat(reader.header()).isEqualTo(TestWorkbooks.HEADER);
            assertThat(reader.next()).isEqualTo(new SourceRow(2, TestWorkbooks.FIRST_ROW));
            assertThat(reader.next()).isEqualTo(new SourceRow(4, TestWorkbooks.SECOND_ROW));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void formatIsDetectedFromContentNotName() throws Exception {
        Path file = Files.move(TestWorkbooks.xls(dir), dir.resolve("list.csv"));

        assertThat(inspector.inspect(file).format()).isEqualTo(InputFormat.XLS);
    }

    @Test
    void passwordProtectedXlsIsEncrypted() throws Exception {
        Path file = dir.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            TestWorkbooks.fill(wb);
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> TableReaders.open(inspector.inspect(file)))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("FILE_ENCRYPTED"));
    }

    @Test
    void truncatedXlsIsCorrupt() throws Exception {
        byte[] bytes = Files.readAllBytes(TestWorkbooks.xls(dir));
        Path file = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> TableReaders.open(inspector.inspect(file)))
                .isInstanceOfSatisfying(InputFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("FILE_CORRUPT"));
    }
}
