package com.tmip.report;

import com.tmip.input.HeaderMatch;
import com.tmip.input.HeaderMatcher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the partner's file gives its columns: a report names a column as the file's header does ("Cloud
 * Marketplace Product", "CoD File"), not by the job's internal name ({@code cloud_marketplace}, {@code cod_file}).
 * A column the file does not have keeps its internal name. The label is the header text as read; the report
 * writers make it printable and neutralise it like any cell.
 */
final class ColumnLabels {

    static final ColumnLabels NONE = new ColumnLabels(Map.of());

    private final Map<String, String> labels;

    private ColumnLabels(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** The labels of a file's header under the job's columns; {@link #NONE} without a matcher. */
    static ColumnLabels of(HeaderMatcher columns, List<String> header) {
        if (columns == null || header == null) {
            return NONE;
        }
        HeaderMatch match = columns.match(header);
        Map<String, String> labels = new HashMap<>();
        match.indexByColumn().forEach((column, index) -> {
            String label = header.get(index) == null ? "" : header.get(index).strip();
            if (!label.isEmpty() && !label.equals(column)) {
                labels.put(column, label);
            }
        });
        return new ColumnLabels(labels);
    }

    /** The column as the partner's header names it. */
    String column(String column) {
        return column == null ? "" : labels.getOrDefault(column, column);
    }

    /**
     * A message about {@code column} with the columns named as the partner's header names them: a snake_case name
     * (of any column of the file) wherever it stands as a word of its own; a one-word name, which may be an
     * ordinary word ("account"), only where it opens a message about that column ("account is required").
     */
    String message(String column, String message) {
        if (message == null || labels.isEmpty()) {
            return message;
        }
        String text = message;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (label.getKey().indexOf('_') >= 0 && text.contains(label.getKey())) {
                text = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(label.getKey()) + "(?![A-Za-z0-9_])")
                        .matcher(text).replaceAll(Matcher.quoteReplacement(label.getValue()));
            }
        }
        String own = column == null ? null : labels.get(column);
        if (own != null && column.indexOf('_') < 0 && text.startsWith(column + " ")) {
            text = own + text.substring(column.length());
        }
        return text;
    }
}
