package com.tmip.equipment.rules;

import com.tmip.equipment.Violation;

import java.util.Locale;
import java.util.regex.Pattern;

/** serial_number: required; trimmed and upper-cased, 4 to 20 letters, digits or hyphens. */
public final class SerialNumberRule {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9-]{4,20}$");

    /** The normalised serial, or REQUIRED / SERIAL_FORMAT. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(Columns.SERIAL_NUMBER, cell));
        }
        String serial = Cells.trim(cell).toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(serial).matches()) {
            return Checked.failed(new Violation(Columns.SERIAL_NUMBER, RuleCodes.SERIAL_FORMAT,
                    "serial number " + Cells.quote(Cells.trim(cell)) + " is not valid: use 4 to 20 characters,"
                            + " letters A-Z, digits 0-9 or hyphens (-) only, no spaces",
                    Cells.raw(cell)));
        }
        return Checked.ok(serial);
    }
}
