package com.tmip.input;

/** Opens the right {@link TableReader} for an inspected file. */
public final class TableReaders {

    private TableReaders() {
    }

    /**
     * Opens {@code file} and reads its header row (the first non-blank row of the CSV or of the first visible
     * sheet). The caller closes the reader.
     *
     * @throws InputFileException FILE_NOT_READABLE, FILE_NO_HEADER, FILE_ENCRYPTED, FILE_CORRUPT or
     *                            FILE_FORMAT_UNKNOWN (a workbook too old to read)
     */
    public static TableReader open(InspectedFile file) throws InputFileException {
        return open(file, InputLimits.DEFAULTS);
    }

    /**
     * Opens {@code file} as {@link #open(InspectedFile)} does, within {@code limits}: beyond them, the file is
     * rejected (FILE_TOO_MANY_COLUMNS, FILE_HEADER_TOO_LONG, FILE_SHEET_NAME_TOO_LONG,
     * FILE_SHARED_STRINGS_TOO_LARGE) or a row carries {@link SourceRow#problems()}.
     */
    public static TableReader open(InspectedFile file, InputLimits limits) throws InputFileException {
        return switch (file.format()) {
            case CSV -> CsvTableReader.open(file, limits);
            case XLSX -> XlsxTableReader.open(file, limits);
            case XLS -> XlsTableReader.open(file, limits);
        };
    }
}
