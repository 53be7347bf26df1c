package com.tmip.equipment.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

/** reference: optional, trimmed, at most {@value #MAX_LENGTH} characters. */
public final class ReferenceRule {

    public static final int MAX_LENGTH = 100;

    /** The trimmed reference ("" when blank), or REFERENCE_TOO_LONG. */
    public Checked<String> check(String cell) {
        String reference = Cells.trim(cell);
        int length = reference.length(); // UTF-16 units: never more than a VARCHAR(100) holds in either database
        if (length > MAX_LENGTH) {
            return Checked.failed(new Violation(Columns.REFERENCE, EquipmentRuleCode.REFERENCE_TOO_LONG,
                    "reference is " + length + " characters long; at most " + MAX_LENGTH + " are allowed",
                    Cells.raw(cell)));
        }
        return Checked.ok(reference);
    }
}
