package com.tmip.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a header row against expected columns, ignoring case, spaces, underscores and punctuation. Headers are
 * taken left to right; each goes to the first column (in spec order) that accepts it and is not taken yet, so two
 * "Email Address" headers fill {@code email} and then {@code account_email}. Immutable; safe to share.
 */
public final class HeaderMatcher {

    private final List<ColumnSpec> specs;
    private final List<Set<String>> keys;

    public HeaderMatcher(List<ColumnSpec> specs) {
        this.specs = List.copyOf(specs);
        this.keys = new ArrayList<>(this.specs.size());
        Set<String> names = new HashSet<>();
        for (ColumnSpec spec : this.specs) {
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("column listed twice: " + spec.name());
            }
            Set<String> accepted = new LinkedHashSet<>();
            accepted.add(normalise(spec.name()));
            for (String alias : spec.aliases()) {
                String key = normalise(alias);
                if (!key.isEmpty()) {
                    accepted.add(key);
                }
            }
            keys.add(Set.copyOf(accepted));
        }
    }

    public HeaderMatch match(List<String> header) {
        Map<String, Integer> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        boolean[] taken = new boolean[specs.size()];
        for (int i = 0; i < header.size(); i++) {
            String label = header.get(i) == null ? "" : header.get(i);
            String key = normalise(label);
            if (key.isEmpty()) {
                continue;
            }
            int spec = firstFree(key, taken);
            if (spec >= 0) {
                taken[spec] = true;
                found.put(specs.get(spec).name(), i);
            } else {
                unknown.add(label);
            }
        }
        List<MissingColumn> missing = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            if (!taken[s] && specs.get(s).required()) {
                missing.add(new MissingColumn(specs.get(s).name(), suggestion(keys.get(s), unknown)));
            }
        }
        return new HeaderMatch(found, unknown, missing, header.size());
    }

    /** Lower case, letters and digits only: "Serial Number", "serial_number" and "SERIAL-NUMBER" are equal. */
    static String normalise(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        label.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private int firstFree(String key, boolean[] taken) {
        for (int s = 0; s < specs.size(); s++) {
            if (!taken[s] && keys.get(s).contains(key)) {
                return s;
            }
        }
        return -1;
    }

    /** The unknown header nearest to one of the column's keys, within max(2, length/4) edits; else null. */
    private static String suggestion(Set<String> columnKeys, List<String> unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String label : unknown) {
            String candidate = normalise(label);
            for (String key : columnKeys) {
                int distance = distance(candidate, key);
                if (distance <= Math.max(2, key.length() / 4) && distance < bestDistance) {
                    best = label;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
