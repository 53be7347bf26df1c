package com.tmip.input;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a header row maps onto the expected columns.
 *
 * @param indexByColumn  column name → 0-based position in the row, for every column found
 * @param unknownHeaders non-blank header labels, as written, that match no column (or a column already taken)
 * @param missing        the required columns not found, in spec order
 * @param width          the number of cells of the header row as read (blank labels included)
 */
public record HeaderMatch(Map<String, Integer> indexByColumn, List<String> unknownHeaders,
                          List<MissingColumn> missing, int width) {

    public HeaderMatch {
        indexByColumn = Map.copyOf(indexByColumn);
        unknownHeaders = List.copyOf(unknownHeaders);
        missing = List.copyOf(missing);
    }

    /** The 0-based position of {@code column}, or -1 when the header does not have it. */
    public int index(String column) {
        return indexByColumn.getOrDefault(column, -1);
    }

    /** True when every required column was found. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * A sentence for the partner, such as {@code missing required column(s): serial_number (did you mean
     * "Serail Number"?), platform}; "" when nothing is missing.
     */
    public String missingMessage() {
        if (missing.isEmpty()) {
            return "";
        }
        return missing.stream()
                .map(m -> m.suggestion() == null ? m.column()
                        : m.column() + " (did you mean \"" + m.suggestion() + "\"?)")
                .collect(Collectors.joining(", ", "missing required column(s): ", ""));
    }
}
