package com.tmip.equipment.rules;

import com.tmip.reference.UserDirectory;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.Optional;

/** contact: optional; when given, the username of an existing Case Manager user. */
public final class ContactRule {

    private final UserDirectory users;

    public ContactRule(UserDirectory users) {
        this.users = users;
    }

    /** The username as stored, null when blank; or CONTACT_UNKNOWN. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        String username = Cells.trim(cell);
        Optional<String> stored = users.find(username);
        if (stored.isPresent()) {
            return Checked.ok(stored.get());
        }
        return Checked.failed(new Violation(Columns.CONTACT, EquipmentRuleCode.CONTACT_UNKNOWN,
                "no Case Manager user named " + Cells.quote(username)
                        + "; import the user first or leave contact blank",
                Cells.raw(cell)));
    }
}
