package com.tmip.credits;

/** The rule codes a ledger line can fail, as written to {@code failures.csv}. */
public final class CreditRules {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String SERIAL_FORMAT = "SERIAL_FORMAT";
    public static final String AMOUNT_INVALID = "AMOUNT_INVALID";
    public static final String AMOUNT_SCALE = "AMOUNT_SCALE";
    public static final String CURRENCY_UNKNOWN = "CURRENCY_UNKNOWN";
    public static final String DATE_INVALID = "DATE_INVALID";
    /** The same credit_id earlier in the same ledger: the first line is kept. */
    public static final String CREDIT_ID_REPEATED = "CREDIT_ID_REPEATED";
    /** A credit_id loaded before from another ledger with other values: the stored credit is kept. */
    public static final String CREDIT_ID_CONFLICT = "CREDIT_ID_CONFLICT";

    private CreditRules() {
    }
}
