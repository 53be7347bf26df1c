package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.account.AccountMatchRule;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

/**
 * account: optional; when given, matched exactly as the equipment job matches it (same codes and messages). For an
 * upload for one account (a Partner Admin's), a blank account is that account, and any other cell, naming an
 * account that exists or not, is ACCOUNT_NOT_YOURS with one message that names no other account.
 */
public final class UserAccountRule {

    private final AccountMatchRule rule;
    private final AccountDirectory accounts;
    private final String onlyAccountId;

    public UserAccountRule(AccountDirectory accounts) {
        this(accounts, null);
    }

    /** @param onlyAccountId the one account rows may name, or null for any known account */
    public UserAccountRule(AccountDirectory accounts, String onlyAccountId) {
        this.rule = new AccountMatchRule(accounts, UserRuleCode.REQUIRED, UserRuleCode.ACCOUNT_UNKNOWN,
                UserRuleCode.ACCOUNT_AMBIGUOUS);
        this.accounts = accounts;
        this.onlyAccountId = onlyAccountId;
    }

    /**
     * The matched account, null when blank (the upload's account when it is for one); or ACCOUNT_UNKNOWN /
     * ACCOUNT_AMBIGUOUS; or, for an upload for one account, ACCOUNT_NOT_YOURS for anything but that account.
     */
    public Checked<Account> check(String cell) {
        if (onlyAccountId == null) {
            return Cells.isBlank(cell) ? Checked.ok(null) : rule.check(cell);
        }
        if (Cells.isBlank(cell)) {
            return Checked.ok(accounts.find(onlyAccountId)
                    .filter(a -> a.accountId().equals(onlyAccountId)).orElseThrow(() -> new IllegalStateException(
                    "the upload's account " + onlyAccountId + " is not a known account")));
        }
        Checked<Account> checked = rule.check(cell);
        if (checked.value() != null && checked.value().accountId().equals(onlyAccountId)) {
            return checked;
        }
        // unknown, ambiguous or another's: the same code and message, so that a row cannot probe other accounts
        return Checked.failed(new Violation(UserFields.ACCOUNT, UserRuleCode.ACCOUNT_NOT_YOURS,
                "this upload creates users of account " + onlyAccountId + " only: leave the account blank or give"
                        + " its id or its name", Cells.raw(cell)));
    }
}
