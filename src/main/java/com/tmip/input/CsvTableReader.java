package com.tmip.input;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file with opencsv's RFC 4180 parser (quoted fields may hold separators, doubled quotes and line
 * breaks; a backslash is an ordinary character). Row numbers count records as Excel would when opening the
 * file: one per record, blank ones included, a multi-line quoted value being one row.
 */
final class CsvTableReader implements TableReader {

    /** A quoted value spanning more lines than this is taken for a missing closing quote. */
    static final int MULTILINE_LIMIT = 1_000;

    private final CSVReader csv;
    private final CountingInputStream counted;
    private final long size;
    private final CellChecks checks;
    private final long maxRecordChars;
    private final List<String> header;
    private final int headerRowNumber;
    private int rowNumber;

    private CsvTableReader(CSVReader csv, CountingInputStream counted, long size, InputLimits limits)
            throws InputFileException {
        this.maxRecordChars = limits.maxRecordChars();
        this.csv = csv;
        this.counted = counted;
        this.size = size;
        this.checks = new CellChecks(limits);
        List<String> first = nextNonBlank();
        if (first == null) {
            throw new InputFileException(InputRule.FILE_NO_HEADER,
                    "The file has no header row: it holds no data at all.");
        }
        this.header = checks.header(first, -1, rowNumber);
        this.headerRowNumber = rowNumber;
    }

    static TableReader open(InspectedFile file, InputLimits limits) throws InputFileException {
        Reader reader;
        CountingInputStream counted;
        long size;
        try {
            size = Files.size(file.path());
            counted = new CountingInputStream(Files.newInputStream(file.path()));
            reader = new BufferedReader(new RecordLengthLimit(
                    withoutBom(new InputStreamReader(counted, file.charset())), limits.maxRecordChars()), 64 * 1024);
        } catch (IOException e) {
            throw new InputFileException(InputRule.FILE_NOT_READABLE, "The file could not be opened.", 0, e);
        }
        CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(file.delimiter()).build())
                .withMultilineLimit(MULTILINE_LIMIT)
                // opencsv's check that the reader is open reads a character and takes any error for the end of the
                // file: a record past the bound would end the file in silence
                .withVerifyReader(false)
                .build();
        try {
            return new CsvTableReader(csv, counted, size, limits);
        } catch (InputFileException | RuntimeException e) {
            closeQuietly(csv);
            throw e;
        }
    }

    /** Bytes taken from the file over its size; the readers' buffers run ahead by at most some 100 KB. */
    @Override
    public double fractionRead() {
        return size <= 0 ? -1 : Math.min(1.0, (double) counted.count() / size);
    }

    @Override
    public String sheetName() {
        return "";
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
        List<String> cells = nextNonBlank();
        return cells == null ? null : checks.row(rowNumber, cells, -1, header);
    }

    @Override
    public void close() {
        closeQuietly(csv);
    }

    private List<String> nextNonBlank() throws InputFileException {
        while (true) {
            String[] record = readRecord();
            if (record == null) {
                return null;
            }
            List<String> cells = Arrays.asList(record);
            if (!CellText.isBlank(cells)) {
                return cells;
            }
        }
    }

    private String[] readRecord() throws InputFileException {
        int row = rowNumber + 1;
        try {
            String[] record = csv.readNext();
            if (record != null) {
                rowNumber = row;
            }
            return record;
        } catch (RecordLengthLimit.RecordTooLongException e) {
            throw new InputFileException(InputRule.FILE_RECORD_TOO_LONG, "The file cannot be read from row " + row
                    + " on: the row is longer than " + maxRecordChars + " characters (tmip.input.max-record-chars),"
                    + " so a line break or a closing quote (\") is likely missing. Rows before " + row + " were read.",
                    row, e);
        } catch (CsvMultilineLimitBrokenException | CsvMalformedLineException e) {
            throw corrupt(row, e);
        } catch (CsvException e) {
            throw corrupt(row, e);
        } catch (IOException e) {
            throw new InputFileException(InputRule.FILE_NOT_READABLE,
                    "The file could not be read from row " + row + " on; rows before it were read.", row, e);
        }
    }

    private static InputFileException corrupt(int row, Exception cause) {
        return new InputFileException(InputRule.FILE_CORRUPT, "The file cannot be read from row " + row
                + " on: a quoted value starts there but its closing quote (\") is missing. Rows before " + row
                + " were read.", row, cause);
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static void closeQuietly(CSVReader csv) {
        try {
            csv.close();
        } catch (IOException ignored) {
            // nothing was written; nothing is lost
        }
    }

    /** Counts the bytes read through it, for {@link #fractionRead()}. */
    private static final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
