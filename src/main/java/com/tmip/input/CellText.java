package com.tmip.input;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a numeric cell into the text a person sees, shared by the .xlsx and .xls readers. Numbers follow the
 * cell's format (US conventions), except that dates come out as ISO {@code yyyy-MM-dd} and whole numbers in the
 * "General" format are written in full (Excel would show a 13-digit phone number as 4.91511E+12). One instance
 * per reader: {@link DataFormatter} is not thread-safe.
 */
final class CellText {

    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    String number(double value, int formatIndex, String formatString) {
        String format = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        if (format == null) {
            format = "General";
        }
        if (value >= 1 && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
        }
        if ("General".equalsIgnoreCase(format) && value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return formatter.formatRawCellContents(value, formatIndex, format, date1904);
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** True when every cell is blank or whitespace. */
    static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Drops trailing blank cells (formatted but empty cells at the end of a row). */
    static List<String> trimTrailing(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return end == cells.size() ? cells : new ArrayList<>(cells.subList(0, end));
    }
}
