package com.tmip.users.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.equipment.rules.AccountRule;
import com.tmip.equipment.rules.Checked;

/** account: optional; when given, matched exactly as the equipment job matches it (same codes and messages). */
public final class UserAccountRule {

    private final AccountRule rule;

    public UserAccountRule(AccountDirectory accounts) {
        this.rule = new AccountRule(accounts);
    }

    /** The matched account, null when blank; or ACCOUNT_UNKNOWN / ACCOUNT_AMBIGUOUS. */
    public Checked<Account> check(String cell) {
        return Text.isBlank(cell) ? Checked.ok(null) : rule.check(cell);
    }
}
