package com.tmip.equipment.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Dates;
import com.tmip.row.Violation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * order_date: optional; a real calendar date in one of the forms of {@link Dates} (an ISO date-time counts as its
 * date), not after today.
 */
public final class OrderDateRule {

    private final LocalDate today;

    public OrderDateRule(LocalDate today) {
        this.today = today;
    }

    /** The date, null when blank; or ORDER_DATE_INVALID / ORDER_DATE_IN_FUTURE. */
    public Checked<LocalDate> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        Optional<LocalDate> date = Dates.parse(cell);
        if (date.isEmpty()) {
            return Checked.failed(new Violation(Columns.ORDER_DATE, EquipmentRuleCode.ORDER_DATE_INVALID,
                    "order_date " + Cells.quote(Cells.trim(cell)) + " is not a valid date: " + Dates.FORMS_HINT,
                    Cells.raw(cell)));
        }
        if (date.get().isAfter(today)) {
            return Checked.failed(new Violation(Columns.ORDER_DATE, EquipmentRuleCode.ORDER_DATE_IN_FUTURE,
                    "order_date " + date.get() + " is in the future (today is " + today + ")",
                    Cells.raw(cell)));
        }
        return Checked.ok(date.get());
    }
}
