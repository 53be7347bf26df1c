package com.tmip.cod;

import com.tmip.row.SerialNumber;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which serial numbers a CoD lists. A token of the visible text counts only when the certificate presents it as a
 * serial number and it could be one:
 * <ul>
 *   <li>it has the program's serial format, {@code ^[A-Z0-9-]{4,20}$} after upper-casing, as a whole token (text
 *       split at anything that is not a letter, digit or hyphen; hyphens at either end dropped);</li>
 *   <li>it holds at least one digit, so that words ({@code DESTROYED}, {@code SERIAL}, {@code CERTIFICATE}) never
 *       count, whatever the line says;</li>
 *   <li>it follows a serial label on its line ({@code Serial}, {@code Serial number(s)}, {@code Serial No.},
 *       {@code S/N}, {@code SN}), as in "Serial number: JN11D0C0DE01" or "Serial numbers: AB1234, CD5678"; or it
 *       sits in the column of a table whose header cell is such a label, on the lines below that header on the
 *       same page, until a line has nothing in that column.</li>
 * </ul>
 * So a plan reference, an order number or a date printed elsewhere on the certificate is not a listed serial,
 * though it has digits.
 */
final class ListedSerials {

    /** A serial label, at a word boundary, with what may follow it ("number:", "Nos.", "#"). */
    private static final Pattern LABEL = Pattern.compile(
            "(?<![A-Z0-9-])(SERIAL(?:\\s*(?:NUMBERS?|NOS?\\.?|#))?S?|S/N|SN)(?![A-Z0-9/-])\\s*[:#.]?");
    /** A table header cell that is nothing but a serial label. */
    private static final Pattern HEADER = Pattern.compile(
            "(SERIAL(?:\\s*(?:NUMBERS?|NOS?\\.?|#))?S?|S/N|SN)\\s*[:#.]?");
    private static final Pattern NOT_SERIAL_CHAR = Pattern.compile("[^A-Z0-9-]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final float TOLERANCE = 2f;

    private ListedSerials() {
    }

    static Set<String> of(List<VisibleText.Line> lines) {
        Set<String> serials = new LinkedHashSet<>();
        Column column = null;
        for (VisibleText.Line line : lines) {
            if (column != null && !column.continuesOn(line)) {
                column = null;
            }
            if (column != null) {
                column = column.addFrom(line, serials);
            }
            String text = upper(line.text());
            Matcher label = LABEL.matcher(text);
            boolean listed = false;
            while (label.find()) {
                listed |= addTokens(text.substring(label.end()), serials);
            }
            if (!listed) {
                Column header = header(line);
                if (header != null) {
                    column = header;
                }
            }
        }
        return serials;
    }

    /** The column under a header cell that is a serial label, or null when the line has none. */
    private static Column header(VisibleText.Line line) {
        List<VisibleText.Run> runs = line.runs();
        for (int i = 0; i < runs.size(); i++) {
            if (HEADER.matcher(upper(runs.get(i).text())).matches()) {
                float end = i + 1 < runs.size() ? runs.get(i + 1).x0() : Float.MAX_VALUE;
                return new Column(line.page(), runs.get(i).x0() - TOLERANCE, end - TOLERANCE, line.y(),
                        Math.max(line.height(), 1f));
            }
        }
        return null;
    }

    /** Adds the serial-shaped tokens with a digit of {@code text}; whether there was one. */
    private static boolean addTokens(String text, Set<String> serials) {
        boolean added = false;
        for (String token : NOT_SERIAL_CHAR.split(text)) {
            String trimmed = token.replaceAll("^-+|-+$", "");
            if (SerialNumber.isValid(trimmed) && DIGIT.matcher(trimmed).find()) {
                serials.add(trimmed);
                added = true;
            }
        }
        return added;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /**
     * A table column: the runs of a line that start or are centred within it are its cells. The table goes on while
     * each line is on the same page, at most {@value #ROW_GAP} text heights below the previous one, and has a cell
     * in the column.
     */
    private record Column(int page, float from, float to, float lastY, float height) {

        private static final float ROW_GAP = 2.5f;

        boolean continuesOn(VisibleText.Line line) {
            return line.page() == page && line.y() > lastY && line.y() - lastY <= ROW_GAP * height
                    && line.runs().stream().anyMatch(this::holds);
        }

        /** Adds the serials of {@code line}'s cells in this column; the column as of that line. */
        Column addFrom(VisibleText.Line line, Set<String> serials) {
            for (VisibleText.Run run : line.runs()) {
                if (holds(run)) {
                    addTokens(upper(run.text()), serials);
                }
            }
            return new Column(page, from, to, line.y(), height);
        }

        private boolean holds(VisibleText.Run run) {
            float centre = (run.x0() + run.x1()) / 2;
            return run.x0() >= from && run.x0() < to || centre >= from && centre < to;
        }
    }
}
