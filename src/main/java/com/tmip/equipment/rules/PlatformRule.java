package com.tmip.equipment.rules;

import com.tmip.reference.PlatformCatalog;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.Optional;

/** platform: required; one of the known MX Series platforms, written with any case, spaces or hyphens. */
public final class PlatformRule {

    private final PlatformCatalog platforms;

    public PlatformRule(PlatformCatalog platforms) {
        this.platforms = platforms;
    }

    /** The canonical platform name, or REQUIRED / PLATFORM_UNKNOWN (with the nearest platform when near). */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(Columns.PLATFORM, EquipmentRuleCode.REQUIRED, cell));
        }
        String text = Cells.trim(cell);
        Optional<String> platform = platforms.normalize(text);
        if (platform.isPresent()) {
            return Checked.ok(platform.get());
        }
        String message = Cells.quote(text) + " is not a known MX Series platform"
                + platforms.suggest(text).map(near -> "; did you mean " + near + "?")
                        .orElse("; known platforms: " + String.join(", ", platforms.platforms()));
        return Checked.failed(new Violation(Columns.PLATFORM, EquipmentRuleCode.PLATFORM_UNKNOWN, message, Cells.raw(cell)));
    }
}
