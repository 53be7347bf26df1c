package com.tmip.returns;

import com.tmip.row.RuleCode;

/** The rule codes a returns row can fail, as written to {@code failures.csv}. */
public enum ReturnRuleCode implements RuleCode {
    /** serial_number, received_on or return_reference is blank. */
    REQUIRED,
    /** The serial is not 4–20 of A-Z, 0-9, hyphen ({@link com.tmip.row.SerialNumber}). */
    SERIAL_FORMAT,
    /** No registered item has the serial. */
    SERIAL_NOT_REGISTERED,
    /** The serial is a COD item: it is destroyed with a certificate, never returned. */
    SERIAL_NOT_TRADE_IN,
    /** An earlier run recorded the item's return already. */
    ALREADY_RECEIVED,
    /** received_on is not a date in one of the accepted forms. */
    RECEIVED_DATE_INVALID,
    /** received_on is after today. */
    RECEIVED_DATE_IN_FUTURE,
    /** return_reference is longer than the 100 characters stored. */
    RETURN_REFERENCE_TOO_LONG,
    /** The same serial earlier in the same file: the first row is kept. */
    DUPLICATE_IN_FILE,
    /** The same serial in another file of the same run: the first row is kept. */
    DUPLICATE_IN_RUN;

    @Override
    public String code() {
        return name();
    }
}
