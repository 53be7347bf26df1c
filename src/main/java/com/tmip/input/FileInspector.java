package com.tmip.input;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Identifies an input file from its bytes: fingerprint (SHA-256), format (CSV, XLSX, XLS) and, for CSV, the
 * text encoding and the field separator. Reads the file once, as a stream, so any size is fine.
 */
public final class FileInspector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int HEAD_SIZE = 64 * 1024;
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final String NOT_OURS = ", not a CSV or Excel file. Please send the list as .csv, .xlsx or .xls.";

    /**
     * Inspects {@code file}.
     *
     * @throws InputFileException FILE_NOT_READABLE, FILE_EMPTY, FILE_FORMAT_UNKNOWN, FILE_ENCRYPTED or FILE_CORRUPT
     */
    public InspectedFile inspect(Path file) throws InputFileException {
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputFileException(InputRule.FILE_NOT_READABLE,
                    "The file does not exist or cannot be opened for reading.");
        }
        Scan scan = scan(file);
        String fileName = file.getFileName().toString();
        if (scan.size() == 0) {
            throw empty();
        }
        byte[] head = scan.head();
        if (startsWith(head, ZIP_MAGIC) || startsWith(head, ZIP_EMPTY_MAGIC)) {
            checkZip(file);
            return new InspectedFile(file, fileName, scan.sha256(), scan.size(), InputFormat.XLSX, null, '\0');
        }
        if (startsWith(head, OLE2_MAGIC)) {
            checkOle2(file);
            return new InspectedFile(file, fileName, scan.sha256(), scan.size(), InputFormat.XLS, null, '\0');
        }
        Charset charset;
        int bom;
        if (startsWith(head, UTF8_BOM)) {
            charset = StandardCharsets.UTF_8;
            bom = UTF8_BOM.length;
        } else if (startsWith(head, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            bom = UTF16LE_BOM.length;
        } else if (startsWith(head, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            bom = UTF16BE_BOM.length;
        } else {
            rejectBinary(head);
            charset = scan.utf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
            bom = 0;
        }
        if (scan.blank()) {
            throw empty();
        }
        String text = decode(head, bom, charset);
        rejectMarkup(text);
        return new InspectedFile(file, fileName, scan.sha256(), scan.size(), InputFormat.CSV, charset,
                delimiter(text));
    }

    /** Comma or semicolon, whichever occurs more often outside quotes on the first non-blank line; ties: comma. */
    static char delimiter(CharSequence text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            boolean blank = true;
            boolean quoted = false;
            int commas = 0;
            int semicolons = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!Character.isWhitespace(c)) {
                    blank = false;
                }
            }
            if (!blank) {
                return semicolons > commas ? ';' : ',';
            }
            i++;
        }
        return ',';
    }

    private static Scan scan(Path file) throws InputFileException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        Utf8Validator utf8 = new Utf8Validator();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_SIZE);
            sha256.update(head);
            utf8.update(head, 0, head.length);
            boolean utf16 = startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM);
            int bom = startsWith(head, UTF8_BOM) ? 3 : utf16 ? 2 : 0;
            boolean blank = isBlank(head, bom, head.length - bom, utf16);
            long size = head.length;
            byte[] buffer = new byte[BUFFER_SIZE];
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, read);
                utf8.update(buffer, 0, read);
                blank = blank && isBlank(buffer, 0, read, utf16);
                size += read;
            }
            return new Scan(head, size, HexFormat.of().formatHex(sha256.digest()), utf8.isValid(), blank);
        } catch (IOException e) {
            throw new InputFileException(InputRule.FILE_NOT_READABLE,
                    "The file could not be read to the end; it may be locked, moved or on a failing disk.", 0, e);
        }
    }

    private static boolean isBlank(byte[] bytes, int offset, int length, boolean utf16) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            boolean space = b == ' ' || (b >= 9 && b <= 13) || (utf16 && b == 0);
            if (!space) {
                return false;
            }
        }
        return true;
    }

    private static void checkZip(Path file) throws InputFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean office = zip.getEntry("[Content_Types].xml") != null;
            if (office && zip.getEntry("xl/workbook.xml") != null) {
                return;
            }
            if (office && zip.getEntry("xl/workbook.bin") != null) {
                throw unknown("This file is an Excel binary workbook (.xlsb), which we cannot read. "
                        + "Please save it as .xlsx or .csv.");
            }
            if (office && zip.getEntry("word/document.xml") != null) {
                throw unknown("This file looks like a Word document" + NOT_OURS);
            }
            if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                throw unknown("This file is an OpenDocument file (for example LibreOffice .ods), which we cannot "
                        + "read. Please save it as .xlsx or .csv.");
            }
            throw unknown("This file is a ZIP archive but not an Excel workbook. Please send the list itself "
                    + "as .csv, .xlsx or .xls, not inside an archive.");
        } catch (ZipException e) {
            throw new InputFileException(InputRule.FILE_CORRUPT,
                    "This file starts like an Excel (.xlsx) workbook but is damaged or incomplete, perhaps cut "
                            + "off during the transfer. Please export it again and send the new file.", 0, e);
        } catch (IOException e) {
            throw new InputFileException(InputRule.FILE_NOT_READABLE, "The file could not be read.", 0, e);
        }
    }

    private static void checkOle2(Path file) throws InputFileException {
        Set<String> entries = new HashSet<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            for (String name : fs.getRoot().getEntryNames()) {
                entries.add(name.toLowerCase(Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputFileException(InputRule.FILE_CORRUPT,
                    "This file starts like an Excel (.xls) workbook but is damaged or incomplete, perhaps cut "
                            + "off during the transfer. Please export it again and send the new file.", 0, e);
        }
        if (entries.contains("encryptioninfo") || entries.contains("encryptedpackage")) {
            throw encrypted();
        }
        if (entries.contains("workbook") || entries.contains("book")) {
            return;
        }
        if (entries.contains("worddocument")) {
            throw unknown("This file looks like a Word document" + NOT_OURS);
        }
        if (entries.contains("powerpoint document")) {
            throw unknown("This file looks like a PowerPoint presentation" + NOT_OURS);
        }
        throw unknown("This file is a Microsoft Office file but not an Excel workbook" + NOT_OURS);
    }

    private static void rejectBinary(byte[] head) throws InputFileException {
        String old = oldExcel(head);
        if (old != null) {
            throw new InputFileException(InputRule.FILE_FORMAT_OUTDATED, "This file is " + old + ", a format from"
                    + " before 1995 that we cannot read. Please open it in Excel or LibreOffice and save it as .xlsx"
                    + " (Excel Workbook), or as .csv.");
        }
        String looksLike = null;
        if (startsWith(head, new byte[]{'%', 'P', 'D', 'F'})) {
            looksLike = "a PDF document";
        } else if (startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            looksLike = "a PNG image";
        } else if (startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            looksLike = "a JPEG image";
        } else if (startsWith(head, new byte[]{'G', 'I', 'F', '8'})) {
            looksLike = "a GIF image";
        } else if (startsWith(head, new byte[]{0x1F, (byte) 0x8B})) {
            looksLike = "a compressed (gzip) archive";
        } else if (startsWith(head, new byte[]{'R', 'a', 'r', '!'})) {
            looksLike = "a RAR archive";
        } else if (startsWith(head, new byte[]{'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
            looksLike = "a 7-Zip archive";
        } else if (startsWith(head, new byte[]{'{', '\\', 'r', 't', 'f'})) {
            looksLike = "an RTF document";
        }
        if (looksLike != null) {
            throw unknown("This file looks like " + looksLike + NOT_OURS);
        }
        for (byte b : head) {
            if (b == 0) {
                throw unknown("This file contains binary data: it is not a text (CSV) file or an Excel workbook. "
                        + "Please send the list as .csv, .xlsx or .xls.");
            }
        }
    }

    /**
     * What an Excel 2.x-4.0 file is ("an Excel 4.0 worksheet"), from its first record (BOF: id 0x0009, 0x0209 or
     * 0x0409, then the version and the kind of sheet); null for anything else. Those files are not in an OLE2
     * container, unlike Excel 5.0 and later.
     */
    static String oldExcel(byte[] head) {
        if (head.length < 8) {
            return null;
        }
        int id = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        String version = switch (id) {
            case 0x0009 -> length == 4 ? "an Excel 2.x" : null;
            case 0x0209 -> length == 6 ? "an Excel 3.0" : null;
            case 0x0409 -> length == 6 ? "an Excel 4.0" : null;
            default -> null;
        };
        if (version == null) {
            return null;
        }
        int kind = (head[6] & 0xFF) | (head[7] & 0xFF) << 8;
        return version + switch (kind) {
            case 0x0020 -> " chart";
            case 0x0040 -> " macro sheet";
            case 0x0100 -> " workbook";
            default -> " worksheet";
        };
    }

    private static void rejectMarkup(String text) throws InputFileException {
        String start = text.stripLeading();
        start = start.substring(0, Math.min(start.length(), 4096)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw unknown("This file looks like a web page (HTML)" + NOT_OURS
                    + " If a system exported it as Excel, open it in Excel and save it as .xlsx.");
        }
        if (start.startsWith("<?xml")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw unknown("This file is an Excel 2003 XML spreadsheet, which we cannot read. "
                        + "Please save it as .xlsx or .csv.");
            }
            throw unknown("This file looks like an XML document" + NOT_OURS);
        }
    }

    private static String decode(byte[] head, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, offset, head.length - offset))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InputFileException empty() {
        return new InputFileException(InputRule.FILE_EMPTY, "The file is empty: it has no rows at all.");
    }

    static InputFileException encrypted() {
        return new InputFileException(InputRule.FILE_ENCRYPTED,
                "The workbook is protected with a password, so it cannot be read. Please remove the password "
                        + "(File > Info > Protect Workbook > Encrypt with Password, clear it) and send it again.");
    }

    private static InputFileException unknown(String message) {
        return new InputFileException(InputRule.FILE_FORMAT_UNKNOWN, message);
    }

    private record Scan(byte[] head, long size, String sha256, boolean utf8, boolean blank) {
    }
}
