package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.Locale;

/**
 * manager: optional; a username (see {@link UsernameRule}) other than the row's own. Whether that user exists
 * (in the database or anywhere in the import) and whether the chain of managers loops is decided once every row
 * has been read, by {@link ManagerChains}.
 */
public final class ManagerRule {

    /** How the message of a manager that is not a username ends (the import may add a suggestion after it). */
    public static final String NOT_A_USERNAME = " is not a username";

    /**
     * The manager's username as written, null when blank; or MANAGER_UNKNOWN (not a username at all) /
     * MANAGER_CYCLE (the row names itself).
     *
     * @param username the row's own checked username, or null
     */
    public Checked<String> check(String cell, String username) {
        if (Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        String manager = Cells.trim(cell);
        if (!UsernameRule.isWellFormed(manager)) {
            return Checked.failed(new Violation(UserFields.MANAGER, UserRuleCode.MANAGER_UNKNOWN,
                    "manager " + Cells.quote(manager) + NOT_A_USERNAME, Cells.raw(cell)));
        }
        if (username != null && manager.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return Checked.failed(new Violation(UserFields.MANAGER, UserRuleCode.MANAGER_CYCLE,
                    "a user cannot be their own manager (" + manager + ")", Cells.raw(cell)));
        }
        return Checked.ok(manager);
    }
}
