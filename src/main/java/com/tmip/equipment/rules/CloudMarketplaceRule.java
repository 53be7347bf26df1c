package com.tmip.equipment.rules;

import com.tmip.row.Cells;
import com.tmip.row.Violation;

import java.util.List;
import java.util.Set;

/** cloud_marketplace: blank or false (false, no, n, 0, unchecked, off); TMIP items are not marketplace products. */
public final class CloudMarketplaceRule {

    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "unchecked", "off");

    /** Nothing, or CLOUD_MARKETPLACE_NOT_ALLOWED. */
    public List<Violation> check(String cell) {
        if (Cells.isBlank(cell) || FALSE.contains(Cells.words(cell))) {
            return List.of();
        }
        return List.of(new Violation(Columns.CLOUD_MARKETPLACE, EquipmentRuleCode.CLOUD_MARKETPLACE_NOT_ALLOWED,
                "cloud_marketplace must be blank or false, not " + Cells.quote(Cells.trim(cell))
                        + ": TMIP registrations are not Cloud Marketplace products",
                Cells.raw(cell)));
    }
}
