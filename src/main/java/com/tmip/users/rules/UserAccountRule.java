package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.account.AccountMatchRule;
import com.tmip.row.Cells;
import com.tmip.row.Checked;

/** account: optional; when given, matched exactly as the equipment job matches it (same codes and messages). */
public final class UserAccountRule {

    private final AccountMatchRule rule;

    public UserAccountRule(AccountDirectory accounts) {
        this.rule = new AccountMatchRule(accounts, UserRuleCode.REQUIRED, UserRuleCode.ACCOUNT_UNKNOWN,
                UserRuleCode.ACCOUNT_AMBIGUOUS);
    }

    /** The matched account, null when blank; or ACCOUNT_UNKNOWN / ACCOUNT_AMBIGUOUS. */
    public Checked<Account> check(String cell) {
        return Cells.isBlank(cell) ? Checked.ok(null) : rule.check(cell);
    }
}
