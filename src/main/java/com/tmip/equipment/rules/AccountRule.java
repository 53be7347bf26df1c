package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.account.AccountMatchRule;
import com.tmip.row.Checked;

/** account: required; must name exactly one known account, by id or by name ({@link AccountMatchRule}). */
public final class AccountRule {

    private final AccountMatchRule rule;

    public AccountRule(AccountDirectory accounts) {
        this.rule = new AccountMatchRule(accounts, EquipmentRuleCode.REQUIRED, EquipmentRuleCode.ACCOUNT_UNKNOWN,
                EquipmentRuleCode.ACCOUNT_AMBIGUOUS);
    }

    /** The matched account, or REQUIRED / ACCOUNT_AMBIGUOUS / ACCOUNT_UNKNOWN (with the nearest name). */
    public Checked<Account> check(String cell) {
        return rule.check(cell);
    }
}
