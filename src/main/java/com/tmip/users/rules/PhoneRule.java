package com.tmip.users.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.Locale;

/**
 * phone: optional; parsed with libphonenumber (numbers without a {@code +country} prefix are read as numbers of
 * the default region) and kept only when it is a valid number, stored in E.164 form ({@code +14155550123}).
 */
public final class PhoneRule {

    private static final int MAX_INPUT = 64;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion an ISO 3166 two-letter region such as "US" */
    public PhoneRule(String defaultRegion) {
        String region = defaultRegion.trim().toUpperCase(Locale.ROOT);
        if (!phones.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("tmip.users.default-region: unknown region " + defaultRegion);
        }
        this.defaultRegion = region;
    }

    /** The number in E.164 form, null when blank; or PHONE_INVALID. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.ok(null);
        }
        String text = Cells.trim(cell);
        if (text.length() <= MAX_INPUT) {
            try {
                Phonenumber.PhoneNumber number = phones.parse(text, defaultRegion);
                if (phones.isValidNumber(number)) {
                    return Checked.ok(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
                }
            } catch (NumberParseException e) {
                // reported below
            }
        }
        return Checked.failed(new Violation(UserFields.PHONE, UserRuleCode.PHONE_INVALID,
                "phone " + Cells.quote(text) + " is not a valid phone number (numbers without +country are read as "
                        + defaultRegion + " numbers)",
                Cells.raw(cell)));
    }
}
