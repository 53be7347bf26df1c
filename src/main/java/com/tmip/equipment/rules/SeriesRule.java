package com.tmip.equipment.rules;

import com.tmip.cases.TmipCaseValues;
import com.tmip.row.Cells;
import com.tmip.row.Violation;

import java.util.List;
import java.util.Set;

/** series: optional, defaults to MX Series; when given it must be MX Series ("MX", "mx-series" also do). */
public final class SeriesRule {

    private static final Set<String> ACCEPTED = Set.of("mxseries", "mx");

    /** Nothing, or SERIES_INVALID. */
    public List<Violation> check(String cell) {
        if (Cells.isBlank(cell) || ACCEPTED.contains(Cells.letters(cell))) {
            return List.of();
        }
        return List.of(new Violation(Columns.SERIES, EquipmentRuleCode.SERIES_INVALID,
                "series must be " + TmipCaseValues.SERIES + " (or left blank), not " + Cells.quote(Cells.trim(cell)),
                Cells.raw(cell)));
    }
}
