package com.tmip.row;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A serial number of the program: trimmed and upper-cased, 4 to 20 letters A-Z, digits or hyphens. A value that
 * does not have that form cannot be constructed; {@link #parse} normalises a cell first.
 */
public record SerialNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9-]{4,20}$");

    public SerialNumber {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("not a serial number: " + value);
        }
    }

    /** The serial number a cell holds once trimmed (see {@link Cells#trim}) and upper-cased, or empty. */
    public static Optional<SerialNumber> parse(String cell) {
        String text = normalize(cell);
        return isValid(text) ? Optional.of(new SerialNumber(text)) : Optional.empty();
    }

    /** The cell trimmed and upper-cased: the form a serial is compared and stored in. */
    public static String normalize(String cell) {
        return Cells.trim(cell).toUpperCase(Locale.ROOT);
    }

    /** Whether {@code text}, taken as it is, is a serial number. */
    public static boolean isValid(String text) {
        return FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
