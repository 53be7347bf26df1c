package com.tmip.input;

import com.tmip.row.RuleCode;

/** The stable rule codes of whole-file problems, as they appear in failures.csv and summary.json. */
public enum InputRule implements RuleCode {
    FILE_NOT_READABLE,
    FILE_EMPTY,
    FILE_FORMAT_UNKNOWN,
    FILE_ENCRYPTED,
    FILE_CORRUPT,
    FILE_NO_HEADER,
    /** The header lacks a required column; the message names them. */
    FILE_MISSING_COLUMNS;

    @Override
    public String code() {
        return name();
    }
}
