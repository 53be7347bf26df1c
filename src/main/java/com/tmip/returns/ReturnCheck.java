package com.tmip.returns;

import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cell rules made of a returns row: the serial when it is well formed (null otherwise, even when other
 * cells failed: the item look-up still runs for it), the received date and reference when they passed, and every
 * failed check in column order.
 */
public record ReturnCheck(SerialNumber serial, LocalDate receivedOn, String reference, List<Violation> violations) {

    public ReturnCheck {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }
}
