package com.tmip.equipment.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;

import java.util.Optional;

/** serial_number: required; a {@link SerialNumber} once trimmed and upper-cased. */
public final class SerialNumberRule {

    /** The normalised serial, or REQUIRED / SERIAL_FORMAT. */
    public Checked<SerialNumber> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(Columns.SERIAL_NUMBER, EquipmentRuleCode.REQUIRED, cell));
        }
        Optional<SerialNumber> serial = SerialNumber.parse(cell);
        if (serial.isEmpty()) {
            return Checked.failed(new Violation(Columns.SERIAL_NUMBER, EquipmentRuleCode.SERIAL_FORMAT,
                    "serial number " + Cells.quote(Cells.trim(cell)) + " is not valid: use 4 to 20 characters,"
                            + " letters A-Z, digits 0-9 or hyphens (-) only, no spaces",
                    Cells.raw(cell)));
        }
        return Checked.ok(serial.get());
    }
}
