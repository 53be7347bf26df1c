package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.account.AccountMatchRule;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

/**
 * account: required; must name exactly one known account, by id or by name ({@link AccountMatchRule}); and, for an
 * upload registered for one account (a partner's, in the portal), that account.
 */
public final class AccountRule {

    private final AccountMatchRule rule;
    private final String onlyAccountId;

    public AccountRule(AccountDirectory accounts) {
        this(accounts, null);
    }

    /** @param onlyAccountId the one account rows may name, or null for any known account */
    public AccountRule(AccountDirectory accounts, String onlyAccountId) {
        this.rule = new AccountMatchRule(accounts, EquipmentRuleCode.REQUIRED, EquipmentRuleCode.ACCOUNT_UNKNOWN,
                EquipmentRuleCode.ACCOUNT_AMBIGUOUS);
        this.onlyAccountId = onlyAccountId;
    }

    /**
     * The matched account, or REQUIRED / ACCOUNT_AMBIGUOUS / ACCOUNT_UNKNOWN (with the nearest name), or
     * ACCOUNT_NOT_YOURS when it is not the upload's account. The message does not repeat the other account's name.
     */
    public Checked<Account> check(String cell) {
        Checked<Account> checked = rule.check(cell);
        if (onlyAccountId == null) {
            return checked;
        }
        if (checked.value() != null && !checked.value().accountId().equals(onlyAccountId)) {
            return Checked.failed(new Violation("account", EquipmentRuleCode.ACCOUNT_NOT_YOURS,
                    "this upload registers equipment for account " + onlyAccountId + " only; the row names another"
                            + " account", Cells.raw(cell)));
        }
        // the same codes, but a message that names no other account (no nearest name, no list of ids)
        return checked.isOk() ? checked : new Checked<>(null, checked.violations().stream()
                .map(v -> v.rule() == EquipmentRuleCode.REQUIRED ? v : new Violation(v.column(), v.rule(),
                        "the account must be " + onlyAccountId + ", the account of this upload (its id or its name)",
                        v.value()))
                .toList());
    }
}
