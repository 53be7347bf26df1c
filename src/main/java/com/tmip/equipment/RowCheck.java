package com.tmip.equipment;

import com.tmip.row.Violation;

import java.util.List;

/**
 * The outcome of checking one row: either a registration, or every violation found (never only the first).
 */
public record RowCheck(EquipmentRow row, Registration registration, List<Violation> violations) {

    public RowCheck {
        violations = List.copyOf(violations);
    }

    public static RowCheck valid(EquipmentRow row, Registration registration) {
        return new RowCheck(row, registration, List.of());
    }

    public static RowCheck invalid(EquipmentRow row, List<Violation> violations) {
        return new RowCheck(row, null, violations);
    }

    public boolean isValid() {
        return registration != null;
    }
}
