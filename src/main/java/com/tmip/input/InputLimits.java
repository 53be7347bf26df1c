package com.tmip.input;

import com.tmip.config.TmipProperties;

/**
 * The most one input file may ask of a run, so that no file (broken or hostile) can exhaust memory or overflow a
 * column of the run's tables: it is rejected instead, the file or the row, with a rule code of its own. The
 * defaults are far above what partners send.
 *
 * @param maxColumns            columns read per row ({@code tmip.input.max-columns}); a header beyond it rejects the
 *                              file ({@link InputRule#FILE_TOO_MANY_COLUMNS}), a data row with a value beyond it is
 *                              rejected ({@link InputRule#ROW_TOO_MANY_COLUMNS})
 * @param maxCellLength         characters per cell ({@code tmip.input.max-cell-length}; Excel's own limit is 32,767);
 *                              a longer value rejects its row ({@link InputRule#CELL_TOO_LONG})
 * @param maxHeaderLength       characters per header label ({@code tmip.input.max-header-length}); a longer one
 *                              rejects the file ({@link InputRule#FILE_HEADER_TOO_LONG})
 * @param maxSheetNameLength    characters of the sheet's name ({@code tmip.input.max-sheet-name-length}; Excel allows
 *                              31); a longer one rejects the file ({@link InputRule#FILE_SHEET_NAME_TOO_LONG})
 * @param maxSharedStringsBytes uncompressed bytes of an .xlsx workbook's shared strings, which are all held in memory
 *                              while the sheet is read ({@code tmip.input.max-shared-strings-bytes}); a larger table
 *                              rejects the file ({@link InputRule#FILE_SHARED_STRINGS_TOO_LARGE})
 * @param maxRecordChars        characters of one CSV record, a line or the lines of a quoted value
 *                              ({@code tmip.input.max-record-chars}): opencsv holds a whole record in memory, so a
 *                              file whose line break or closing quote is missing is rejected from that row on
 *                              ({@link InputRule#FILE_RECORD_TOO_LONG}) rather than read to its end in one piece;
 *                              far above a row of cells that {@code max-cell-length} rejects one by one
 */
public record InputLimits(int maxColumns, int maxCellLength, int maxHeaderLength, int maxSheetNameLength,
                          long maxSharedStringsBytes, long maxRecordChars) {

    /** The defaults of {@link TmipProperties.Input}. */
    public static final InputLimits DEFAULTS = new InputLimits(200, 32_767, 1_000, 31, 100L * 1024 * 1024,
            32L * 1024 * 1024);

    public InputLimits {
        if (maxColumns < 1 || maxCellLength < 1 || maxHeaderLength < 1 || maxSheetNameLength < 1
                || maxSharedStringsBytes < 1 || maxRecordChars < 1) {
            throw new IllegalArgumentException("every tmip.input.* limit must be at least 1");
        }
    }

    /** The limits the settings {@code tmip.input.*} ask for. */
    public static InputLimits of(TmipProperties.Input input) {
        return new InputLimits(input.maxColumns(), input.maxCellLength(), input.maxHeaderLength(),
                input.maxSheetNameLength(), input.maxSharedStringsBytes(), input.maxRecordChars());
    }
}
