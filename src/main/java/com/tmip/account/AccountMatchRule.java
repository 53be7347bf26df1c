package com.tmip.account;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.RuleCode;
import com.tmip.row.Violation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code account} cell of a row (equipment, users): required, and must name exactly one known account, by id
 * or by name. Each feature passes its own codes for the three failures, so equal codes read the same everywhere.
 */
public final class AccountMatchRule {

    private static final String COLUMN = "account";

    private final AccountDirectory accounts;
    private final RuleCode required;
    private final RuleCode unknown;
    private final RuleCode ambiguous;

    public AccountMatchRule(AccountDirectory accounts, RuleCode required, RuleCode unknown, RuleCode ambiguous) {
        this.accounts = accounts;
        this.required = required;
        this.unknown = unknown;
        this.ambiguous = ambiguous;
    }

    /** The matched account, or the required / ambiguous / unknown code (with the nearest name). */
    public Checked<Account> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(COLUMN, required, cell));
        }
        String text = Cells.trim(cell);
        List<Account> matches = accounts.matches(text);
        if (matches.size() == 1) {
            return Checked.ok(matches.get(0));
        }
        if (matches.size() > 1) {
            String ids = matches.stream().map(Account::accountId).collect(Collectors.joining(", "));
            return Checked.failed(new Violation(COLUMN, ambiguous,
                    Cells.quote(text) + " matches several accounts (ids " + ids + "); use the account id",
                    Cells.raw(cell)));
        }
        Optional<String> nearest = accounts.suggest(text);
        String message = "no known account matches " + Cells.quote(text)
                + nearest.map(name -> "; did you mean " + Cells.quote(name) + "?")
                        .orElse("; use an account id or name from the accounts list");
        return Checked.failed(new Violation(COLUMN, unknown, message, Cells.raw(cell)));
    }
}
