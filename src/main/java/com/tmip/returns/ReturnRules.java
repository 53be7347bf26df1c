package com.tmip.returns;

import com.tmip.row.Cells;
import com.tmip.row.Dates;
import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of a returns row that need no database: serial_number required and well formed, received_on required,
 * a date ({@link Dates}) and not after today, return_reference required and at most 100 characters. Whether the
 * serial is a registered trade-in item not yet received is the writer's look-up.
 */
public final class ReturnRules {

    static final int MAX_REFERENCE = 100;

    private final LocalDate today;

    public ReturnRules(LocalDate today) {
        this.today = today;
    }

    public ReturnCheck check(ReturnRow row) {
        List<Violation> violations = new ArrayList<>();
        SerialNumber serial = null;
        if (Cells.isBlank(row.serialNumber())) {
            violations.add(Cells.required(ReturnColumns.SERIAL, ReturnRuleCode.REQUIRED, row.serialNumber()));
        } else {
            Optional<SerialNumber> parsed = SerialNumber.parse(row.serialNumber());
            if (parsed.isPresent()) {
                serial = parsed.get();
            } else {
                violations.add(new Violation(ReturnColumns.SERIAL, ReturnRuleCode.SERIAL_FORMAT, "serial number "
                        + Cells.quote(Cells.trim(row.serialNumber())) + " is not valid: use 4 to 20 characters,"
                        + " letters A-Z, digits 0-9 or hyphens (-) only, no spaces", Cells.raw(row.serialNumber())));
            }
        }
        LocalDate receivedOn = receivedOn(row.receivedOn(), violations);
        String reference = null;
        String text = Cells.trim(row.returnReference()).replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            violations.add(Cells.required(ReturnColumns.REFERENCE, ReturnRuleCode.REQUIRED, row.returnReference()));
        } else if (text.length() > MAX_REFERENCE) {
            violations.add(new Violation(ReturnColumns.REFERENCE, ReturnRuleCode.RETURN_REFERENCE_TOO_LONG,
                    "return_reference is longer than " + MAX_REFERENCE + " characters", Cells.raw(row.returnReference())));
        } else {
            reference = text;
        }
        return new ReturnCheck(serial, receivedOn, reference, violations);
    }

    private LocalDate receivedOn(String cell, List<Violation> violations) {
        if (Cells.isBlank(cell)) {
            violations.add(Cells.required(ReturnColumns.RECEIVED_ON, ReturnRuleCode.REQUIRED, cell));
            return null;
        }
        Optional<LocalDate> date = Dates.parse(cell);
        if (date.isEmpty()) {
            violations.add(new Violation(ReturnColumns.RECEIVED_ON, ReturnRuleCode.RECEIVED_DATE_INVALID, "received_on "
                    + Cells.quote(Cells.trim(cell)) + " is not a valid date: " + Dates.FORMS_HINT, Cells.raw(cell)));
            return null;
        }
        if (date.get().isAfter(today)) {
            violations.add(new Violation(ReturnColumns.RECEIVED_ON, ReturnRuleCode.RECEIVED_DATE_IN_FUTURE, "received_on "
                    + date.get() + " is in the future (today is " + today + ")", Cells.raw(cell)));
            return null;
        }
        return date.get();
    }
}
