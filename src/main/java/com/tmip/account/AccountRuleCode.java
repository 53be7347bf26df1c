package com.tmip.account;

import com.tmip.row.RuleCode;

/** The rule codes an accounts row can fail, as written to {@code failures.csv}. */
public enum AccountRuleCode implements RuleCode {
    REQUIRED,
    TOO_LONG,
    /** The same account_id earlier in the file: the first row is kept. */
    DUPLICATE_IN_FILE;

    @Override
    public String code() {
        return name();
    }
}
