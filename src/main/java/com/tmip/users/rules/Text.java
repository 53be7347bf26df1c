package com.tmip.users.rules;

import com.tmip.equipment.Violation;
import com.tmip.equipment.rules.Cells;

/** The user rules' names for the cell helpers they share with the equipment rules ({@link Cells}). Stateless. */
final class Text {

    private Text() {
    }

    static String raw(String cell) {
        return Cells.raw(cell);
    }

    /** The cell without surrounding white space, including no-break spaces, zero-width spaces and a BOM. */
    static String trim(String cell) {
        return Cells.trim(cell);
    }

    static boolean isBlank(String cell) {
        return Cells.isBlank(cell);
    }

    static String quote(String text) {
        return Cells.quote(text);
    }

    static Violation required(String column, String cell) {
        return new Violation(column, UserRuleCodes.REQUIRED, column + " is required", raw(cell));
    }
}
