package com.tmip.bench;

import com.opencsv.CSVReader;
import com.tmip.input.FileInspector;
import com.tmip.input.TableReader;
import com.tmip.input.TableReaders;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of an import: the streaming parse of one input alone, in its own JVM. {@code opencsv FILE} is a bare
 * {@code readNext} loop; {@code table FILE} reads through our {@link TableReaders} (POI's streaming reader for a
 * workbook), as the import does. Prints the rows read.
 */
public final class ParseOnly {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long rows = 0;
        if (args[0].equals("opencsv")) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
                while (csv.readNext() != null) {
                    rows++;
                }
            }
            rows--; // the header
        } else {
            try (TableReader table = TableReaders.open(new FileInspector().inspect(file))) {
                while (table.next() != null) {
                    rows++;
                }
            }
        }
        System.out.println("rows " + rows);
    }
}
