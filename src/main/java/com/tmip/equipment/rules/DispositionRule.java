package com.tmip.equipment.rules;

import com.tmip.cases.Disposition;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.Map;
import java.util.Optional;

/**
 * disposition: required; TRADE_IN (trade-in, trade in, tradein, return, returned) or COD (destroy, destroyed,
 * destruction, certificate of destruction), without regard to case, spaces, hyphens or underscores.
 */
public final class DispositionRule {

    private static final Map<String, Disposition> ACCEPTED = Map.of(
            "tradein", Disposition.TRADE_IN,
            "return", Disposition.TRADE_IN,
            "returned", Disposition.TRADE_IN,
            "cod", Disposition.COD,
            "destroy", Disposition.COD,
            "destroyed", Disposition.COD,
            "destruction", Disposition.COD,
            "certificateofdestruction", Disposition.COD);

    /** The disposition {@code cell} names, or empty. */
    public static Optional<Disposition> parse(String cell) {
        return Optional.ofNullable(ACCEPTED.get(Cells.letters(cell)));
    }

    /** The disposition, or REQUIRED / DISPOSITION_INVALID (listing the accepted values). */
    public Checked<Disposition> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(Columns.DISPOSITION, EquipmentRuleCode.REQUIRED, cell));
        }
        return parse(cell).map(Checked::ok).orElseGet(() -> Checked.failed(new Violation(
                Columns.DISPOSITION, EquipmentRuleCode.DISPOSITION_INVALID,
                "disposition " + Cells.quote(Cells.trim(cell)) + " is not valid: use TRADE_IN (also trade-in,"
                        + " trade in, tradein, return, returned) or COD (also destroy, destroyed, destruction,"
                        + " certificate of destruction)",
                Cells.raw(cell))));
    }
}
