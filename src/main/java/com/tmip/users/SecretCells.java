package com.tmip.users;

import com.tmip.input.HeaderMatch;
import com.tmip.report.CellRedactor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the reports of a users run never show: the cells of the password columns (those the header matched, and any
 * whose label reads "password" or "confirm password" in any spelling) and a failure's value quoted from one of them.
 */
final class SecretCells implements CellRedactor {

    static final String REDACTED = "[redacted]";
    /** Header labels, lower-case letters only, that name a password column whatever the job matched. */
    private static final Set<String> SECRET_LABELS = Set.of("password", "confirmpassword");

    @Override
    public String failureValue(String column, String value) {
        return UserColumns.SECRETS.contains(column) && !value.isEmpty() ? REDACTED : value;
    }

    @Override
    public Set<Integer> hiddenCells(List<String> header, HeaderMatch match) {
        Set<Integer> hidden = new TreeSet<>();
        for (int i = 0; i < header.size(); i++) {
            String label = header.get(i) == null ? "" : header.get(i);
            if (SECRET_LABELS.contains(label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
                hidden.add(i);
            }
        }
        if (match != null) {
            for (String column : UserColumns.SECRETS) {
                if (match.index(column) >= 0) {
                    hidden.add(match.index(column));
                }
            }
        }
        return hidden;
    }
}
