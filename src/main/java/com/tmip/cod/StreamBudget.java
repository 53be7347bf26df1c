package com.tmip.cod;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.COSParser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures what every stream of a PDF decodes to before PDFBox loads it, and refuses the file when one stream, or
 * all of them together, would decode to more than the limits. PDFBox decodes a stream wholly into memory (its
 * {@code MemoryUsageSetting} does not cover decoding), and it decodes object streams while it loads the file, also
 * in its brute-force repair of a broken file; so the check has to come first and has to find every stream the way
 * PDFBox would: each {@code N G obj} header whose dictionary (parsed by PDFBox's own parser) is followed by
 * {@code stream} (comments between the header's tokens, which PDFBox skips, are skipped too, on a line of at most
 * {@value #MAX_COMMENT} bytes). The data is decoded from there to the end of the file, through the stream's own
 * filters, into a counter: decoders stop at their own end marker, so this is never less than what PDFBox would
 * decode. Image codecs (DCT, JPX, JBIG2, CCITT) end the count: text extraction never decodes images. A
 * {@code stream} keyword not reached that way (an object header this scan does not recognise) is measured as each
 * filter that can expand much (Flate twice over, LZW, run-length), the largest counting. Nothing decoded is kept, except between two filters of one stream (at most the
 * per-stream limit).
 */
final class StreamBudget {

    private static final Set<String> IMAGE_CODECS = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF", "Crypt");
    private static final byte[] OBJ = {'o', 'b', 'j'};
    private static final byte[] STREAM = {'s', 't', 'r', 'e', 'a', 'm'};
    private static final byte[] TRAILER = {'t', 'r', 'a', 'i', 'l', 'e', 'r'};
    private static final byte[] END = {'e', 'n', 'd'};
    private static final int MAX_COMMENT = 256;
    /** How a stream found only by its keyword is measured: each of these, the largest counts. */
    private static final List<List<COSName>> EXPANDING = List.of(
            List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE), List.of(COSName.LZW_DECODE),
            List.of(COSName.RUN_LENGTH_DECODE));

    private final long maxStreamBytes;
    private final long maxDecodedBytes;

    StreamBudget(long maxStreamBytes, long maxDecodedBytes) {
        this.maxStreamBytes = maxStreamBytes;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /**
     * Throws the rejection for the first limit {@code pdf}'s streams exceed; or for an encrypted PDF, whose streams
     * cannot be measured before PDFBox decrypts them.
     */
    void check(String name, byte[] pdf) throws CodRejection {
        long decoded = 0;
        Set<Integer> measured = new HashSet<>();
        try (Scanner scanner = new Scanner(pdf)) {
            for (int at = indexOf(pdf, TRAILER, 0); at >= 0; at = indexOf(pdf, TRAILER, at + TRAILER.length)) {
                if (scanner.encryptedTrailerAt(at + TRAILER.length)) {
                    throw encrypted(name);
                }
            }
            for (int at = indexOf(pdf, OBJ, 0); at >= 0; at = indexOf(pdf, OBJ, at + OBJ.length)) {
                int header = headerStart(pdf, at);
                if (header < 0) {
                    continue;
                }
                Scanner.Stream stream = scanner.streamAt(header);
                if (stream == null) {
                    continue;
                }
                if (stream.dictionary().containsKey(COSName.ENCRYPT)) {
                    throw encrypted(name); // a cross-reference stream is also the trailer
                }
                measured.add(stream.dataStart());
                decoded = count(name, pdf, stream, decoded);
            }
            for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
                int dataStart = dataStart(pdf, at + STREAM.length);
                boolean endstream = at >= END.length && indexOf(pdf, END, at - END.length) == at - END.length;
                if (!endstream && !measured.contains(dataStart)) {
                    long before = decoded;
                    for (List<COSName> filters : EXPANDING) {
                        decoded = Math.max(decoded,
                                count(name, pdf, new Scanner.Stream(new COSDictionary(), filters, dataStart), before));
                    }
                }
            }
        } catch (IOException e) {
            // the scanner's own buffer: cannot fail on a byte array
            throw new IllegalStateException(e);
        }
    }

    /** Adds what {@code stream} decodes to to {@code decoded}; throws when that passes a limit. */
    private long count(String name, byte[] pdf, Scanner.Stream stream, long decoded) throws CodRejection {
        long limit = Math.min(maxStreamBytes, maxDecodedBytes - decoded);
        long size = decodedSize(pdf, stream, limit);
        if (size > limit) {
            throw limit == maxStreamBytes ? streamTooLarge(name) : contentTooLarge(name);
        }
        return decoded + size;
    }

    /** Where the data after a {@code stream} keyword ending before {@code at} starts, as PDFBox reads it. */
    private static int dataStart(byte[] pdf, int at) {
        while (at < pdf.length && pdf[at] == ' ') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    /**
     * What {@code stream} decodes to (the largest of its filters' outputs), or {@code limit + 1} as soon as it is
     * known to exceed {@code limit}.
     */
    private static long decodedSize(byte[] pdf, Scanner.Stream stream, long limit) {
        List<Filter> filters = new ArrayList<>();
        for (COSName filterName : stream.filters()) {
            if (IMAGE_CODECS.contains(filterName.getName())) {
                break;
            }
            try {
                filters.add(FilterFactory.INSTANCE.getFilter(filterName));
            } catch (IOException unknown) {
                break; // PDFBox will not decode it either
            }
        }
        if (filters.isEmpty()) {
            return 0; // its raw bytes are part of the file, already under the file size cap
        }
        InputStream input = new ByteArrayInputStream(pdf, stream.dataStart(), pdf.length - stream.dataStart());
        long size = 0;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            Capped output = new Capped(limit, !last);
            try {
                // no /DecodeParms: predictors never make data larger, and an indirect one must not stop the count
                filters.get(i).decode(input, output, new COSDictionary(), i);
            } catch (IOException | RuntimeException damaged) {
                // PDFBox fails on it too, later, or decodes no more than was counted
            }
            if (output.exceeded()) {
                return limit + 1;
            }
            size = Math.max(size, output.count());
            if (!last) {
                input = new ByteArrayInputStream(output.bytes());
            }
        }
        return size;
    }

    /** The start of the {@code N G} before the {@code obj} at {@code at}, or -1 when it is not an object header. */
    private static int headerStart(byte[] pdf, int at) {
        if (at + 3 < pdf.length && Character.isLetterOrDigit(pdf[at + 3])) {
            return -1; // "object", "objstm" ...
        }
        int i = skipBack(pdf, at - 1);
        int digits = i;
        while (i >= 0 && isDigit(pdf[i])) {
            i--;
        }
        if (i == digits) {
            return -1;
        }
        int space = i;
        i = skipBack(pdf, i);
        if (i == space) {
            return -1;
        }
        digits = i;
        while (i >= 0 && isDigit(pdf[i])) {
            i--;
        }
        return i == digits ? -1 : i + 1;
    }

    /**
     * From {@code i} backwards past white space and comments ({@code %} to the end of its line, on a line of at
     * most {@value #MAX_COMMENT} bytes): the index of the last byte of the token before, or -1.
     */
    private static int skipBack(byte[] pdf, int i) {
        while (true) {
            while (i >= 0 && isWhite(pdf[i])) {
                i--;
            }
            if (i < 0 || isDigit(pdf[i])) {
                return i;
            }
            int percent = -1;
            for (int k = i; k >= 0 && k > i - MAX_COMMENT && pdf[k] != '\n' && pdf[k] != '\r'; k--) {
                if (pdf[k] == '%') {
                    percent = k;
                }
            }
            if (percent < 0) {
                return i;
            }
            i = percent - 1;
        }
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static CodRejection encrypted(String name) {
        return new CodRejection(CodProblem.FILE_UNREADABLE, "CoD file " + Quote.of(name) + " is encrypted"
                + " (password-protected or restricted); send the signed certificate without encryption");
    }

    private CodRejection streamTooLarge(String name) {
        return new CodRejection(CodProblem.STREAM_TOO_LARGE, "CoD file " + Quote.of(name) + " holds compressed"
                + " content that expands to more than " + CodLimits.size(maxStreamBytes) + " in one part, more than a"
                + " Certificate of Destruction needs; send a plain PDF of the certificate (text, or a scan of at most"
                + " 300 dpi)");
    }

    private CodRejection contentTooLarge(String name) {
        return new CodRejection(CodProblem.CONTENT_TOO_LARGE, "CoD file " + Quote.of(name) + " holds compressed"
                + " content that expands to more than " + CodLimits.size(maxDecodedBytes) + " in all, more than a"
                + " Certificate of Destruction needs; send a plain PDF of the certificate (text, or a scan of at most"
                + " 300 dpi)");
    }

    /** Counts what a filter writes; keeps it only when another filter reads it next. Refuses past the limit. */
    private static final class Capped extends OutputStream {

        private final long limit;
        private final boolean keep;
        private byte[] kept = new byte[0];
        private long count;
        private boolean exceeded;

        Capped(long limit, boolean keep) {
            this.limit = limit;
            this.keep = keep;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (exceeded || count + len > limit) {
                exceeded = true;
                throw new IOException("decoded stream over the limit");
            }
            if (keep) {
                if (count + len > kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(count + len, kept.length * 2L + 4096)));
                }
                System.arraycopy(b, off, kept, (int) count, len);
            }
            count += len;
        }

        boolean exceeded() {
            return exceeded;
        }

        long count() {
            return count;
        }

        byte[] bytes() {
            return Arrays.copyOf(kept, (int) count);
        }
    }

    /** PDFBox's own object parser, used only to read a stream object's dictionary exactly as PDFBox reads it. */
    private static final class Scanner extends COSParser implements AutoCloseable {

        record Stream(COSDictionary dictionary, List<COSName> filters, int dataStart) {
        }

        Scanner(byte[] pdf) throws IOException {
            super(new RandomAccessReadBuffer(pdf));
        }

        /** The stream object whose header starts at {@code offset}, or null when it is none (or unreadable). */
        Stream streamAt(int offset) {
            try {
                source.seek(offset);
                readObjectNumber();
                readGenerationNumber();
                readExpectedString(OBJ_MARKER, true);
                skipSpaces();
                if (source.peek() != '<') {
                    return null;
                }
                COSDictionary dictionary = parseCOSDictionary(true);
                skipSpaces();
                for (byte b : STREAM) {
                    if (source.read() != b) {
                        return null;
                    }
                }
                skipWhiteSpaces();
                return new Stream(dictionary, filters(dictionary.getItem(COSName.FILTER)),
                        (int) source.getPosition());
            } catch (IOException | RuntimeException damaged) {
                return null; // PDFBox cannot read this object either
            }
        }

        /** Whether a trailer dictionary starts after {@code offset} (after the keyword) and names an /Encrypt. */
        boolean encryptedTrailerAt(int offset) {
            try {
                source.seek(offset);
                skipSpaces();
                return source.peek() == '<' && parseCOSDictionary(true).containsKey(COSName.ENCRYPT);
            } catch (IOException | RuntimeException damaged) {
                return false; // PDFBox cannot read this trailer either
            }
        }

        /** The filter names; an indirect or odd /Filter is read as Flate, the filter that can expand most. */
        private static List<COSName> filters(COSBase filter) {
            if (filter == null) {
                return List.of();
            }
            if (filter instanceof COSName single) {
                return List.of(single);
            }
            if (filter instanceof COSArray array) {
                List<COSName> names = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    names.add(array.get(i) instanceof COSName n ? n : COSName.FLATE_DECODE);
                }
                return names;
            }
            return List.of(COSName.FLATE_DECODE);
        }

        @Override
        public void close() throws IOException {
            source.close();
            document.close();
        }
    }
}
