package com.tmip.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fraction of a table read, for progress: bytes for CSV, the sheet's stated last row for .xlsx. */
class FractionReadTest {

    @TempDir
    Path dir;

    @Test
    void csvCountsBytesReadUpToTheWholeFile() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append("value-").append(i).append(",other\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), sb, StandardCharsets.UTF_8);
        try (TableReader reader = TableReaders.open(new FileInspector().inspect(file))) {
            double start = reader.fractionRead();
            assertThat(start).isBetween(0.0, 0.5);
            for (int i = 0; i < 25_000; i++) {
                reader.next();
            }
            assertThat(reader.fractionRead()).isBetween(0.4, 0.7);
            while (reader.next() != null) {
                // to the end
            }
            assertThat(reader.fractionRead()).isEqualTo(1.0);
        }
    }

    @Test
    void xlsxDimensionGivesTheLastRow() {
        assertThat(XlsxTableReader.lastRow("A1:M200001")).isEqualTo(200001);
        assertThat(XlsxTableReader.lastRow("A1")).isEqualTo(1);
        assertThat(XlsxTableReader.lastRow(null)).isEqualTo(-1);
    }
}
