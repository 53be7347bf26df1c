package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Dates;
import com.tmip.row.Violation;

import java.time.LocalDate;
import java.util.Optional;

/** start_date: optional; a real calendar date in the forms the equipment order_date accepts (past or future). */
public final class StartDateRule {

    /** The date, null when blank; or START_DATE_INVALID. */
    public Checked<LocalDate> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        Optional<LocalDate> date = Dates.parse(cell);
        return date.map(Checked::ok).orElseGet(() -> Checked.failed(new Violation(UserFields.START_DATE,
                UserRuleCode.START_DATE_INVALID, "start_date " + Cells.quote(Cells.trim(cell))
                + " is not a valid date: use yyyy-MM-dd (2026-03-12), dd/MM/yyyy (12/03/2026) or 12-Mar-2026",
                Cells.raw(cell))));
    }
}
