package com.tmip.input;

import java.util.List;

/**
 * Streams the rows of one table (a CSV file or the first visible sheet of a workbook). Memory does not grow
 * with the number of rows. Blank rows are skipped, but row numbers still count them.
 */
public interface TableReader extends AutoCloseable {

    /** The sheet read, or "" for a CSV file. */
    String sheetName();

    /** The header row's labels as written in the file. */
    List<String> header();

    /**
     * The row number of the header as a person sees it: 1 unless blank rows come before it (a CSV's leading blank
     * lines count, as in Excel; a sheet uses its own numbering).
     */
    default int headerRowNumber() {
        return 1;
    }

    /**
     * The fraction of the table read so far, 0 to 1, for progress: bytes read of a CSV file, rows of a sheet whose
     * size the workbook states; negative when unknown.
     */
    default double fractionRead() {
        return -1;
    }

    /** The next non-blank data row, or null at the end of the table. */
    SourceRow next() throws InputFileException;

    @Override
    void close();
}
