package com.tmip.input;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apache POI logs what it finds odd in a file (through log4j-api, bridged to the application's log): an operator's
 * concern at most, never the partner's, who reads the console. Those lines go to the log file only.
 */
class LibraryLogLinesTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void poisOwnLogLinesGoToTheLogFileNotToTheConsole() throws IOException {
        Path workbook = withDoctype(SAMPLES.resolve("equipment.xlsx"), home.resolve("doctype.xlsx"));
        Path logFile = home.resolve("logs/tmip.log");
        Tmip tmip = new Tmip(home);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        Tmip.Result run;
        try {
            System.setProperty("logging.file.name", logFile.toString());
            System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
            run = tmip.run("import-equipment", workbook.toString());
        } finally {
            System.clearProperty("logging.file.name");
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        String logged = Files.readString(logFile);
        assertThat(logged).as("the log file keeps POI's line").contains("DOCTYPE");
        String printed = console.toString(StandardCharsets.UTF_8) + run.out() + run.err();
        assertThat(printed).contains("FILE_CORRUPT").doesNotContain("DOCTYPE").doesNotContain("ERROR");
    }

    /** The workbook with a document type declaration in its content types part, which POI's XML parser refuses. */
    private static Path withDoctype(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(target); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int rootElement = xml.indexOf("<Types");
                    bytes = (xml.substring(0, rootElement) + "<!DOCTYPE Types>" + xml.substring(rootElement))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return target;
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
