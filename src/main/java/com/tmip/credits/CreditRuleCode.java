package com.tmip.credits;

import com.tmip.row.RuleCode;

/** The rule codes a ledger line can fail, as written to {@code failures.csv}. */
public enum CreditRuleCode implements RuleCode {
    REQUIRED,
    TOO_LONG,
    SERIAL_FORMAT,
    AMOUNT_INVALID,
    AMOUNT_SCALE,
    CURRENCY_UNKNOWN,
    DATE_INVALID,
    /** The same credit_id earlier in the same ledger: the first line is kept. */
    CREDIT_ID_REPEATED,
    /** A credit_id loaded before from another ledger with other values: the stored credit is kept. */
    CREDIT_ID_CONFLICT;

    @Override
    public String code() {
        return name();
    }
}
