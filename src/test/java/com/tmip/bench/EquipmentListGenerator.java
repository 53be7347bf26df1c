package com.tmip.bench;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates, from a fixed seed, a realistic equipment list of {@code n} rows as CSV and as XLSX (the same rows in
 * both; the workbook is written with POI's streaming writer and a shared-strings table, as Excel writes it), the
 * accounts file and a CoD folder. About 2% of the rows are invalid (seven kinds, rotating), 1% repeat a serial
 * of an earlier row, and one row in two thousand is a COD item naming one of a handful of CoD files.
 * Rows are grouped 250 to a case (account, disposition, reference).
 */
public final class EquipmentListGenerator {

    static final List<String> HEADER = List.of("account", "serial_number", "platform", "disposition", "cod_file",
            "series", "cloud_marketplace", "reference", "order_date", "contact");
    static final int ACCOUNTS = 3000;
    static final int COD_FILES = 5;
    static final int LARGE_CASE_ACCOUNTS = 5;
    static final int LARGE_CASE_REFERENCES = 50;
    private static final String[] PLATFORMS = {"MX5", "MX10", "MX40", "MX80", "MX104", "MX204", "MX240", "MX304",
            "MX480", "MX960", "MX2010", "MX2020", "MX10003", "MX10008"};
    private static final String[] WORDS = {"Northwind", "Contoso", "Fabrikam", "Adventure", "Litware", "Tailspin",
            "Wingtip", "Proseware", "Woodgrove", "Alpine", "Coho", "Humongous", "Lucerne", "Margie", "Trey"};
    private static final String[] KINDS = {"Telecom", "Networks", "Carrier", "Cloud", "Systems", "Data"};

    /** The generated files. */
    public record Generated(Path accounts, Path csv, Path xlsx, Path codDir, int rows) {
    }

    private final long seed;

    public EquipmentListGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/data");
        Generated g = new EquipmentListGenerator(42L).generate(dir, "equipment-" + n, n, true);
        System.out.println("generated " + g);
    }

    static String accountName(int i) {
        return WORDS[i % WORDS.length] + " " + KINDS[(i / WORDS.length) % KINDS.length] + " " + (i + 1);
    }

    static String accountId(int i) {
        return "ACC-" + (100000 + i);
    }

    /** Writes the accounts file and the CoD folder (shared by every list) and the list itself, as CSV and maybe XLSX. */
    public Generated generate(Path dir, String baseName, int n, boolean xlsx) throws IOException {
        Files.createDirectories(dir);
        Path accounts = dir.resolve("accounts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(accounts, StandardCharsets.UTF_8)) {
            out.write("account_id,account_name\n");
            for (int i = 0; i < ACCOUNTS; i++) {
                out.write(accountId(i) + "," + accountName(i) + "\n");
            }
        }
        Path cod = dir.resolve("cod");
        Files.createDirectories(cod);
        for (int i = 0; i < COD_FILES; i++) {
            Files.write(cod.resolve(codFile(i)), minimalPdf("Certificate of Destruction " + (i + 1)));
        }
        Path csv = dir.resolve(baseName + ".csv");
        Path book = dir.resolve(baseName + ".xlsx");
        SXSSFWorkbook workbook = xlsx ? new SXSSFWorkbook(null, 200, false, true) : null;
        Sheet sheet = workbook == null ? null : workbook.createSheet("Equipment");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writeRow(out, sheet, 0, HEADER.toArray(String[]::new));
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                writeRow(out, sheet, i + 1, row(i, random));
            }
        }
        if (workbook != null) {
            try (OutputStream out = Files.newOutputStream(book)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
        return new Generated(accounts, csv, xlsx ? book : null, cod, n);
    }

    /**
     * The second shape: few partners with large cases. {@code n} valid trade-in rows of the first
     * {@value #LARGE_CASE_ACCOUNTS} accounts, {@value #LARGE_CASE_REFERENCES} plan references each (so a case holds
     * n / 250 items), serials {@code JR0000000000}, {@code JR0000000001}… in order, as CSV. Written next to (and
     * with the accounts of) a list made by {@link #generate}.
     */
    public Path generateLargeCases(Path dir, String baseName, int n) throws IOException {
        Path csv = dir.resolve(baseName + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writeRow(out, null, 0, HEADER.toArray(String[]::new));
            int groups = LARGE_CASE_ACCOUNTS * LARGE_CASE_REFERENCES;
            for (int i = 0; i < n; i++) {
                int group = (int) ((long) i * groups / n);
                writeRow(out, null, i + 1, new String[]{accountId(group / LARGE_CASE_REFERENCES),
                        String.format("JR%010d", i), PLATFORMS[i % PLATFORMS.length], "TRADE_IN", "", "MX Series", "",
                        "PLAN-" + group % LARGE_CASE_REFERENCES, "2025-06-01", ""});
            }
        }
        return csv;
    }

    private static String codFile(int i) {
        return "cod-" + (i + 1) + ".pdf";
    }

    /** The cells of data row {@code i} (0-based). */
    static String[] row(int i, SplittableRandom random) {
        int group = i / 250;
        int account = (int) ((group * 2654435761L) % ACCOUNTS);
        boolean cod = i % 2000 == 1999;
        String serial = serial(i);
        if (i > 100 && random.nextInt(100) == 0) {
            serial = serial(i - 1 - random.nextInt(Math.min(i - 1, 50_000))); // 1%: a serial seen earlier
        }
        String[] cells = {
                group % 3 == 0 ? accountId(account) : accountName(account),
                serial,
                PLATFORMS[random.nextInt(PLATFORMS.length)],
                cod ? "COD" : "TRADE_IN",
                cod ? codFile(random.nextInt(COD_FILES)) : "",
                "MX Series",
                "",
                "PLAN-" + group,
                String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)),
                ""};
        if (random.nextInt(50) == 0) { // 2%: invalid, of several kinds
            switch (random.nextInt(7)) {
                case 0 -> cells[2] = "MX999";
                case 1 -> cells[1] = "AB 12";
                case 2 -> cells[0] = "";
                case 3 -> cells[8] = "2099-01-01";
                case 4 -> cells[0] = "Unknown Partner " + random.nextInt(100);
                case 5 -> cells[6] = "yes";
                default -> cells[3] = "scrap";
            }
        }
        return cells;
    }

    private static String serial(int i) {
        return String.format("JN%010X", 0x1A2B3C00L + i * 7L);
    }

    private static void writeRow(BufferedWriter csv, Sheet sheet, int rowIndex, String[] cells) throws IOException {
        StringBuilder line = new StringBuilder(128);
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append(cells[c]); // generated values never hold commas, quotes or line breaks
        }
        csv.write(line.append('\n').toString());
        if (sheet != null) {
            Row row = sheet.createRow(rowIndex);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    /** A small valid one-page PDF (unsigned: enough while the CoD check only looks for the file). */
    static byte[] minimalPdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
