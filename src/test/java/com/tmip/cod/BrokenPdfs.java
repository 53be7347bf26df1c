package com.tmip.cod;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Hostile and broken PDFs, made here so that nothing large is committed: a cross-reference stream with absurd
 * field widths, a deflate bomb in an object stream, and generated malformed variants of a good file.
 */
public final class BrokenPdfs {

    private BrokenPdfs() {
    }

    /**
     * About 300 bytes: a cross-reference stream whose /W declares field widths of 2^31 - 1 bytes. PDFBox 3.0.8
     * throws ArrayIndexOutOfBoundsException (not an IOException) while it loads it.
     */
    public static byte[] absurdXrefWidths() {
        String header = "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n";
        String xref = "1 0 obj\n<< /Type /XRef /Size 3 /W [2147483647 2147483647 2] /Index [0 3] /Root 2 0 R"
                + " /Info 3 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
                + " /Length 6 >>\nstream\n\u0001\u0000\u0000\u0000\u0000\u0000\nendstream\nendobj\n";
        String pdf = header + xref + "startxref\n" + header.getBytes(StandardCharsets.ISO_8859_1).length + "\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF whose catalog and pages sit in a Flate-compressed object stream that inflates to {@code inflatedBytes}
     * (spaces padding the objects), about a thousandth of that on disk: a few MB for gigabytes.
     */
    public static byte[] deflateBomb(long inflatedBytes) {
        return deflateBomb(inflatedBytes, "3 0 obj");
    }

    /** The same with {@code header} (e.g. with a comment inside) as the object stream's object header. */
    public static byte[] deflateBomb(long inflatedBytes, String header) {
        String objects = "<< /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [] /Count 0 >>";
        String offsets = "1 0 2 34 ";
        byte[] head = (offsets + objects).getBytes(StandardCharsets.ISO_8859_1);
        byte[] compressed = zlibOfHeadThenSpaces(head, inflatedBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length + 1024);
        List<Integer> offsetsOf = new ArrayList<>();
        write(out, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsetsOf.add(out.size());
        write(out, header + "\n<< /Type /ObjStm /N 2 /First " + offsets.length() + " /Filter /FlateDecode /Length "
                + compressed.length + " >>\nstream\n");
        out.writeBytes(compressed);
        write(out, "\nendstream\nendobj\n");
        int xrefAt = out.size();
        // an xref stream (uncompressed): 1 and 2 in object stream 3, 3 at its offset
        byte[] entries = new byte[4 * 6];
        entry(entries, 0, 0, 0, 0xFFFF);
        entry(entries, 1, 2, 3, 0);
        entry(entries, 2, 2, 3, 1);
        entry(entries, 3, 1, offsetsOf.get(0), 0);
        write(out, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 1] /Index [0 4] /Root 1 0 R /Length " + entries.length
                + " >>\nstream\n");
        out.writeBytes(entries);
        write(out, "\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void entry(byte[] entries, int index, int type, long field2, int field3) {
        int at = index * 6;
        entries[at] = (byte) type;
        entries[at + 1] = (byte) (field2 >>> 24);
        entries[at + 2] = (byte) (field2 >>> 16);
        entries[at + 3] = (byte) (field2 >>> 8);
        entries[at + 4] = (byte) field2;
        entries[at + 5] = (byte) field3;
    }

    /**
     * zlib data of {@code head} followed by spaces up to {@code total} bytes, built without compressing all of it:
     * one flushed block of 1 MB of spaces is repeated (its back references only ever reach spaces).
     */
    private static byte[] zlibOfHeadThenSpaces(byte[] head, long total) {
        int block = 1 << 20;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput(head);
        drain(deflater, raw, buffer, Deflater.FULL_FLUSH);
        byte[] spaces = new byte[block];
        Arrays.fill(spaces, (byte) ' ');
        deflater.setInput(spaces);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        drain(deflater, one, buffer, Deflater.FULL_FLUSH);
        deflater.end();
        // FULL_FLUSH resets the history: the repeated block starts afresh each time, so repeating it is valid.
        long repeats = Math.max(1, (total - head.length) / block);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (one.size() * repeats + 64));
        out.write(0x78);
        out.write(0xDA);
        out.writeBytes(raw.toByteArray());
        byte[] blockBytes = one.toByteArray();
        for (long i = 0; i < repeats; i++) {
            out.writeBytes(blockBytes);
        }
        out.write(0x03); // a final, empty block with fixed codes
        out.write(0x00);
        out.writeBytes(new byte[4]); // Adler-32 left wrong: nobody should read that far
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer, int flush) {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
    }

    /**
     * {@code count} malformed variants of {@code good} (a valid PDF), reproducible by {@code seed}: truncated at a
     * random point, with bytes flipped, with a run of random bytes written over the middle, and random bytes after
     * {@code %PDF-}.
     */
    public static List<byte[]> malformed(byte[] good, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] bytes;
            switch (i % 4) {
                case 0 -> bytes = Arrays.copyOf(good, 5 + random.nextInt(good.length - 5));
                case 1 -> {
                    bytes = good.clone();
                    int flips = 1 + random.nextInt(20);
                    for (int f = 0; f < flips; f++) {
                        bytes[5 + random.nextInt(bytes.length - 5)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 2 -> {
                    bytes = good.clone();
                    int from = 5 + random.nextInt(bytes.length - 5);
                    int length = Math.min(bytes.length - from, 1 + random.nextInt(512));
                    byte[] noise = new byte[length];
                    random.nextBytes(noise);
                    System.arraycopy(noise, 0, bytes, from, length);
                }
                default -> bytes = noise(random, 5 + random.nextInt(4096));
            }
            files.add(bytes);
        }
        return files;
    }

    /** {@code %PDF-} and then {@code length - 5} random bytes. */
    public static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
