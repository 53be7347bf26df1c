package com.tmip.input;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the first visible sheet of an .xlsx workbook as a pull parser (StAX) over the sheet's XML, straight out
 * of the ZIP: memory does not grow with the number of rows, only with the shared strings table. Never uses
 * POI's user model ({@code XSSFWorkbook}), which needs gigabytes for the lists partners send.
 */
final class XlsxTableReader implements TableReader {

    private final OPCPackage pkg;
    private final InputStream sheetXml;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final CellText text;
    private final CellChecks checks;
    private final String sheetName;
    private final Map<Integer, NumberStyle> numberStyles = new HashMap<>();
    private List<String> header;
    private final int headerRowNumber;
    private int rowNumber;
    private int lastRow = -1;
    private boolean inRow;
    /** The 0-based column of the last value of the current row beyond the columns read, or -1. */
    private int beyond = -1;

    private XlsxTableReader(OPCPackage pkg, InputStream sheetXml, XMLStreamReader xml,
                            ReadOnlySharedStringsTable strings, StylesTable styles, String sheetName,
                            boolean date1904, CellChecks checks) throws InputFileException {
        this.pkg = pkg;
        this.sheetXml = sheetXml;
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        this.sheetName = sheetName;
        this.checks = checks;
        this.text = new CellText(date1904);
        this.header = List.of();
        List<String> first = nextCells();
        if (first == null) {
            throw new InputFileException(InputRule.FILE_NO_HEADER,
                    "The sheet \"" + sheetName + "\" has no header row: it is empty.");
        }
        this.header = checks.header(first, beyond, rowNumber);
        this.headerRowNumber = rowNumber;
    }

    static TableReader open(InspectedFile file, InputLimits limits) throws InputFileException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
        } catch (EncryptedDocumentException e) {
            throw FileInspector.encrypted();
        } catch (OpenXML4JException | RuntimeException e) {
            throw damaged(e);
        }
        InputStream sheetXml = null;
        try {
            // Strict Open XML too (Excel's "Strict Open XML Spreadsheet"): same parts, other namespaces.
            XSSFReader reader = new XSSFReader(pkg, true);
            WorkbookSheets workbook;
            try (InputStream in = reader.getWorkbookData()) {
                workbook = WorkbookSheets.read(in);
            }
            WorkbookSheets.Sheet sheet = workbook.firstVisible();
            if (sheet == null) {
                throw new InputFileException(InputRule.FILE_NO_HEADER,
                        "The workbook has no visible sheet. Please unhide the sheet with the list.");
            }
            CellChecks checks = new CellChecks(limits);
            String sheetName = checks.sheetName(sheet.name());
            boolean strict = !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
            ReadOnlySharedStringsTable strings = sharedStrings(pkg, limits.maxSharedStringsBytes(), strict);
            StylesTable styles = strict ? strictStyles(pkg) : reader.getStylesTable();
            sheetXml = reader.getSheet(sheet.relationId());
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
            return new XlsxTableReader(pkg, sheetXml, xml, strings, styles, sheetName, workbook.date1904(), checks);
        } catch (InputFileException e) {
            closeQuietly(sheetXml);
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            closeQuietly(sheetXml);
            pkg.revert();
            if (causedBy(e, SharedStringsTooLarge.class)) {
                throw new InputFileException(InputRule.FILE_SHARED_STRINGS_TOO_LARGE, "The workbook's text table "
                        + "(shared strings) is larger than " + limits.maxSharedStringsBytes() / (1024 * 1024)
                        + " MB uncompressed, more than a list of equipment needs: the file may be damaged or not "
                        + "a list. Please save the list alone as .xlsx or .csv and send it again.", 0, e);
            }
            throw damaged(e);
        }
    }

    /**
     * The workbook's shared strings, all held in memory while the sheet is read: so read at most {@code maxBytes}
     * of their XML, however far it would expand.
     */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, long maxBytes, boolean strict)
            throws IOException, SAXException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        try (InputStream bounded = new BoundedInputStream(parts.get(0).getInputStream(), maxBytes);
             InputStream in = strict ? new StrictNamespaces(bounded) : bounded) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** The styles of a Strict Open XML workbook, read as transitional ones (POI's parser knows only those). */
    private static StylesTable strictStyles(OPCPackage pkg) throws IOException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new StrictNamespaces(parts.get(0).getInputStream())) {
            return new StylesTable(in);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof SAXException sax && sax.getException() != null && type.isInstance(sax.getException())) {
                return true;
            }
        }
        return false;
    }

    /** Rows read over the sheet's last row as its {@code <dimension>} states it; negative without one. */
    @Override
    public double fractionRead() {
        return lastRow <= 1 ? -1 : Math.min(1.0, (double) rowNumber / lastRow);
    }

    /** The last row of a range such as {@code A1:M200001}, or -1. */
    static int lastRow(String ref) {
        if (ref == null) {
            return -1;
        }
        String end = ref.substring(ref.indexOf(':') + 1);
        int i = 0;
        while (i < end.length() && Character.isLetter(end.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(end.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerRowNumber() {
        return headerRowNumber;
    }

    @Override
    public SourceRow next() throws InputFileException {
        List<String> cells = nextCells();
        return cells == null ? null : checks.row(rowNumber, cells, beyond, header);
    }

    private List<String> nextCells() throws InputFileException {
        try {
            while (true) {
                List<String> cells = readRow();
                if (cells == null) {
                    return null;
                }
                if (!CellText.isBlank(cells) || beyond >= 0) {
                    return CellText.trimTrailing(cells);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            int row = inRow ? rowNumber : rowNumber + 1;
            throw new InputFileException(InputRule.FILE_CORRUPT, "The sheet \"" + sheetName
                    + "\" cannot be read from row " + row + " on: the workbook is damaged or incomplete. Rows before "
                    + row + " were read. Please export it again and send the new file.", row, e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream below is closed next
        }
        closeQuietly(sheetXml);
        pkg.revert();
    }

    private List<String> readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "dimension".equals(xml.getLocalName())) {
                lastRow = lastRow(xml.getAttributeValue(null, "ref"));
            }
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                rowNumber = r != null ? Integer.parseInt(r.trim()) : rowNumber + 1;
                inRow = true;
                List<String> cells = readCells();
                inRow = false;
                return cells;
            }
            if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                return null;
            }
        }
        return null;
    }

    /** The row's cells up to the columns read; a value further right only sets {@link #beyond}. */
    private List<String> readCells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        int maxColumns = checks.limits().maxColumns();
        beyond = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref != null ? column(ref) : column == Integer.MAX_VALUE ? column : column + 1;
                String value = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                if (column >= maxColumns) {
                    if (!value.isBlank()) {
                        beyond = Math.max(beyond, column);
                    }
                    continue;
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                if (column < cells.size()) {
                    cells.set(column, value);
                } else {
                    cells.add(value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
        }
        throw new XMLStreamException("the sheet ends inside a row");
    }

    /** Reads a {@code <c>} element's children up to its end tag and returns the displayed text. */
    private String readCell(String type, String style) throws XMLStreamException {
        String raw = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> raw = readText();
                    case "is" -> inline = readInlineString();
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return format(type, style, raw, inline);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside a cell");
            }
        }
    }

    /** The text of an {@code <is>} element: its {@code <t>} runs, without phonetic guides ({@code <rPh>}). */
    private String readInlineString() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "t" -> {
                        String run = readText();
                        if (sb.length() <= checks.limits().maxCellLength()) {
                            sb.append(run);
                        }
                    }
                    case "r" -> {
                        // a rich-text run: its <t> comes next
                    }
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "is".equals(xml.getLocalName())) {
                return sb.toString();
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside a cell");
            }
        }
    }

    /**
     * The text of the current element, like {@link XMLStreamReader#getElementText()}, but keeping at most one
     * character more than a cell may hold (enough to see that it is too long): a huge cell costs no memory.
     */
    private String readText() throws XMLStreamException {
        int max = checks.limits().maxCellLength() + 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (sb.length() < max) {
                        int length = Math.min(xml.getTextLength(), max - sb.length());
                        sb.append(xml.getTextCharacters(), xml.getTextStart(), length);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> skipElement();
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the sheet ends inside a cell");
                default -> {
                    // comments and processing instructions
                }
            }
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the sheet ends inside a cell");
            }
        }
    }

    private String format(String type, String style, String raw, String inline) {
        if (type == null || "n".equals(type)) {
            return number(raw, style);
        }
        return switch (type) {
            case "s" -> raw == null || raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "inlineStr" -> inline != null ? inline : nullToEmpty(raw);
            case "b" -> raw == null || raw.isBlank() ? "" : CellText.bool("1".equals(raw.trim())
                    || "true".equalsIgnoreCase(raw.trim()));
            case "d" -> isoDate(nullToEmpty(raw));
            default -> nullToEmpty(raw); // "str" (formula text result), "e" (error such as #N/A)
        };
    }

    private String number(String raw, String style) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return raw;
        }
        NumberStyle ns = numberStyle(style == null || style.isBlank() ? 0 : Integer.parseInt(style.trim()));
        return text.number(value, ns.index(), ns.format());
    }

    private NumberStyle numberStyle(int styleIndex) {
        return numberStyles.computeIfAbsent(styleIndex, i -> {
            XSSFCellStyle cs = styles == null ? null : styles.getStyleAt(i);
            return cs == null ? new NumberStyle(0, "General")
                    : new NumberStyle(cs.getDataFormat(), cs.getDataFormatString());
        });
    }

    /** A {@code t="d"} cell holds an ISO 8601 date-time; we keep the date. */
    private static String isoDate(String raw) {
        return raw.length() >= 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-' ? raw.substring(0, 10) : raw;
    }

    /** 0-based column of a reference such as {@code C7} or {@code AB12}; Integer.MAX_VALUE for absurd ones. */
    static int column(String ref) {
        long column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) column - 1;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static InputFileException damaged(Exception cause) {
        return new InputFileException(InputRule.FILE_CORRUPT, "The Excel (.xlsx) workbook is damaged or incomplete "
                + "and cannot be opened. Please open it in Excel, save it again and send the new file.", 0, cause);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // read-only: nothing is lost
            }
        }
    }

    private record NumberStyle(int index, String format) {
    }

    /** The shared strings' XML went past its limit. */
    private static final class SharedStringsTooLarge extends IOException {
        SharedStringsTooLarge() {
            super("shared strings over the limit");
        }
    }

    /** Hands on at most {@code max} bytes, then fails with {@link SharedStringsTooLarge}. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {

        private long left;

        BoundedInputStream(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new SharedStringsTooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new SharedStringsTooLarge();
                }
            }
            return n;
        }
    }
}
