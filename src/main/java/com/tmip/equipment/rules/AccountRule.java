package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.equipment.Violation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** account: required; must name exactly one known account, by id or by name. */
public final class AccountRule {

    private final AccountDirectory accounts;

    public AccountRule(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** The matched account, or REQUIRED / ACCOUNT_AMBIGUOUS / ACCOUNT_UNKNOWN (with the nearest name). */
    public Checked<Account> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(Columns.ACCOUNT, cell));
        }
        String text = Cells.trim(cell);
        List<Account> matches = accounts.matches(text);
        if (matches.size() == 1) {
            return Checked.ok(matches.get(0));
        }
        if (matches.size() > 1) {
            String ids = matches.stream().map(Account::accountId).collect(Collectors.joining(", "));
            return Checked.failed(new Violation(Columns.ACCOUNT, RuleCodes.ACCOUNT_AMBIGUOUS,
                    Cells.quote(text) + " matches several accounts (ids " + ids + "); use the account id",
                    Cells.raw(cell)));
        }
        Optional<String> nearest = accounts.suggest(text);
        String message = "no known account matches " + Cells.quote(text)
                + nearest.map(name -> "; did you mean " + Cells.quote(name) + "?")
                        .orElse("; use an account id or name from the accounts list");
        return Checked.failed(new Violation(Columns.ACCOUNT, RuleCodes.ACCOUNT_UNKNOWN, message, Cells.raw(cell)));
    }
}
