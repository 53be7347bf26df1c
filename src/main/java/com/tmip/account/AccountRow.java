package com.tmip.account;

import com.tmip.row.Violation;

import java.util.ArrayList;
import java.util.List;

/** One row of an accounts file, and its checks: both values are required and must fit the table. */
public record AccountRow(int rowNumber, String accountId, String accountName) {

    static final int MAX_ID = 64;
    static final int MAX_NAME = 200;

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        check(violations, AccountImport.ACCOUNT_ID, accountId, MAX_ID);
        check(violations, AccountImport.ACCOUNT_NAME, accountName, MAX_NAME);
        return violations;
    }

    public Account account() {
        return new Account(accountId.trim(), accountName.trim().replaceAll("\\s+", " "));
    }

    private static void check(List<Violation> violations, String column, String value, int max) {
        if (value.isBlank()) {
            violations.add(new Violation(column, AccountRuleCode.REQUIRED, column + " is required", value));
        } else if (value.trim().length() > max) {
            violations.add(new Violation(column, AccountRuleCode.TOO_LONG, column + " is longer than " + max + " characters", value));
        }
    }
}
