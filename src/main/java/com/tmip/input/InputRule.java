package com.tmip.input;

import com.tmip.row.RuleCode;

/** The stable rule codes of whole-file and cell problems, as they appear in failures.csv and summary.json. */
public enum InputRule implements RuleCode {
    FILE_NOT_READABLE,
    FILE_EMPTY,
    FILE_FORMAT_UNKNOWN,
    FILE_ENCRYPTED,
    FILE_CORRUPT,
    FILE_NO_HEADER,
    /** The header lacks a required column; the message names them. */
    FILE_MISSING_COLUMNS,
    FILE_TOO_MANY_COLUMNS,
    FILE_HEADER_TOO_LONG,
    FILE_SHEET_NAME_TOO_LONG,
    FILE_SHARED_STRINGS_TOO_LARGE,
    /** A CSV record (line) longer than the columns and cell length allow: a line break or quote is missing. */
    FILE_RECORD_TOO_LONG,
    // problems of one cell, which reject its row (see CellProblem)
    ROW_TOO_MANY_COLUMNS,
    CELL_TOO_LONG,
    CELL_CONTROL_CHARACTER;

    @Override
    public String code() {
        return name();
    }
}
