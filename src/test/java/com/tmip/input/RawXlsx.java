package com.tmip.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx workbook part by part, so that tests can make the files no spreadsheet program would save: a cell
 * at column ZZZZZZ, a sheet name of 250 characters, shared strings that expand enormously.
 */
final class RawXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private RawXlsx() {
    }

    /** Writes the {@code <si>} items of a shared strings part. */
    interface Items {
        void accept(Sink sink) throws IOException;
    }

    /** Takes XML text for the shared strings part. */
    interface Sink {
        void append(String xml) throws IOException;
    }

    /** One sheet, named {@code sheetName}, whose {@code <sheetData>} content {@code rows} writes. */
    static Path write(Path file, String sheetName, String rows) throws IOException {
        return write(file, sheetName, rows, null);
    }

    /**
     * As {@link #write(Path, String, String)}, with a shared strings part whose {@code <si>} items {@code strings}
     * writes (streamed, so it may be large), or none when null.
     */
    static Path write(Path file, String sheetName, String rows, Items strings) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
                    + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\""
                    + MAIN + "\">");
            if (strings != null) {
                strings.accept(text -> {
                    sst.append(text);
                    if (sst.length() > 1 << 16) {
                        zip.write(sst.toString().getBytes(StandardCharsets.UTF_8));
                        sst.setLength(0);
                    }
                });
            }
            sst.append("</sst>");
            zip.write(sst.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A {@code <row>} of inline-string cells in columns A, B, C… */
    static String row(int number, List<String> cells) {
        StringBuilder sb = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.size(); i++) {
            sb.append(cell((char) ('A' + i) + String.valueOf(number), cells.get(i)));
        }
        return sb.append("</row>").toString();
    }

    /** An inline-string cell at {@code ref}. */
    static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
