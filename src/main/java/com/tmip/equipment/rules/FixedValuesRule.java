package com.tmip.equipment.rules;

import com.tmip.cases.TmipCaseValues;
import com.tmip.row.Cells;
import com.tmip.row.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * synopsis, description, case_type: optional, but when given they must be the program's fixed values (compared
 * without regard to case or extra white space): {@link TmipCaseValues}.
 */
public final class FixedValuesRule {

    /** Nothing, or one FIXED_VALUE_MISMATCH per column that differs. */
    public List<Violation> check(String synopsis, String description, String caseType) {
        List<Violation> violations = new ArrayList<>(0);
        checkOne(Columns.SYNOPSIS, synopsis, TmipCaseValues.SYNOPSIS, violations);
        checkOne(Columns.DESCRIPTION, description, TmipCaseValues.DESCRIPTION, violations);
        checkOne(Columns.CASE_TYPE, caseType, TmipCaseValues.CASE_TYPE, violations);
        return violations;
    }

    private static void checkOne(String column, String cell, String expected, List<Violation> violations) {
        if (Cells.isBlank(cell) || Cells.words(cell).equals(Cells.words(expected))) {
            return;
        }
        violations.add(new Violation(column, EquipmentRuleCode.FIXED_VALUE_MISMATCH,
                column + " must be \"" + expected + "\" (or left blank), not " + Cells.quote(Cells.trim(cell)),
                Cells.raw(cell)));
    }
}
