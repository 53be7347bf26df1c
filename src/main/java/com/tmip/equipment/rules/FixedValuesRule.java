package com.tmip.equipment.rules;

import com.tmip.equipment.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * synopsis, description, case_type: optional, but when given they must be the program's fixed values (compared
 * without regard to case or extra white space).
 */
public final class FixedValuesRule {

    /** The fixed Synopsis and Description of every TMIP case. */
    public static final String PROGRAM_REGISTRATION = "TMIP Program Registration";
    /** The fixed Case Type of every TMIP case. */
    public static final String ADMIN_SERVICE_REQUEST = "Admin Service Request";

    /** Nothing, or one FIXED_VALUE_MISMATCH per column that differs. */
    public List<Violation> check(String synopsis, String description, String caseType) {
        List<Violation> violations = new ArrayList<>(0);
        checkOne(Columns.SYNOPSIS, synopsis, PROGRAM_REGISTRATION, violations);
        checkOne(Columns.DESCRIPTION, description, PROGRAM_REGISTRATION, violations);
        checkOne(Columns.CASE_TYPE, caseType, ADMIN_SERVICE_REQUEST, violations);
        return violations;
    }

    private static void checkOne(String column, String cell, String expected, List<Violation> violations) {
        if (Cells.isBlank(cell) || Cells.words(cell).equals(Cells.words(expected))) {
            return;
        }
        violations.add(new Violation(column, RuleCodes.FIXED_VALUE_MISMATCH,
                column + " must be \"" + expected + "\" (or left blank), not " + Cells.quote(Cells.trim(cell)),
                Cells.raw(cell)));
    }
}
