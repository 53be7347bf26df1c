package com.tmip.equipment.rules;

import com.tmip.cod.CodProblem;
import com.tmip.row.RuleCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The stable codes of the equipment row rules and of its duplicates, as written in {@code failures.csv} and counted
 * in the summary. The codes of a CoD that does not verify are {@link CodProblem}'s, defined once there.
 */
public enum EquipmentRuleCode implements RuleCode {
    REQUIRED,
    SERIAL_FORMAT,
    ACCOUNT_UNKNOWN,
    ACCOUNT_AMBIGUOUS,
    /** The row names a known account other than the one the upload is registered for (the portal's partners). */
    ACCOUNT_NOT_YOURS,
    PLATFORM_UNKNOWN,
    SERIES_INVALID,
    DISPOSITION_INVALID,
    CLOUD_MARKETPLACE_NOT_ALLOWED,
    FIXED_VALUE_MISMATCH,
    ORDER_DATE_INVALID,
    ORDER_DATE_IN_FUTURE,
    CONTACT_UNKNOWN,
    REFERENCE_TOO_LONG,
    /** Duplicate: the serial appears earlier in the same file. */
    DUPLICATE_IN_FILE,
    /** Duplicate: the serial appears in another file of the same import. */
    DUPLICATE_IN_RUN,
    /** Duplicate: the serial was registered by an earlier run. */
    ALREADY_REGISTERED;

    @Override
    public String code() {
        return name();
    }

    /** Every code an equipment row can get: these and the CoD problems. */
    public static List<RuleCode> all() {
        List<RuleCode> all = new ArrayList<>(List.of(values()));
        all.addAll(List.of(CodProblem.values()));
        return Collections.unmodifiableList(all);
    }
}
