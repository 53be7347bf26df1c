package com.tmip.row;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms a cell may hold: yyyy-MM-dd and yyyy/MM/dd; day first dd/MM/yyyy, dd.MM.yyyy, dd-MM-yyyy
 * (one-digit day and month too); 12-Mar-2025 and 12 Mar 2025 (English month names, any case); and an ISO
 * date-time such as 2025-03-12T00:00:00 or 2025-03-12 00:00:00, as spreadsheet tools export date cells, which
 * counts as its date. Two-digit years are refused. Used by every rule that reads a date (order_date, start_date,
 * issued_on).
 */
public final class Dates {

    /** How the accepted forms are named in messages. */
    public static final String FORMS_HINT = "use yyyy-MM-dd (2025-03-12), dd/MM/yyyy (12/03/2025) or 12-Mar-2025";

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-M-d"),
            strict("uuuu/M/d"),
            strict("d/M/uuuu"),
            strict("d.M.uuuu"),
            strict("d-M-uuuu"),
            strict("d-MMM-uuuu"),
            strict("d MMM uuuu"),
            strict("d-MMMM-uuuu"),
            strict("d MMMM uuuu"));

    /** An ISO date followed by a time of day, as tools write date cells. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private Dates() {
    }

    /** The date {@code cell} holds in one of the accepted forms, or empty. */
    public static Optional<LocalDate> parse(String cell) {
        String text = Cells.trim(cell).replaceAll("\\s+", " ");
        Matcher dateTime = DATE_TIME.matcher(text);
        if (dateTime.matches()) {
            text = dateTime.group(1);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
