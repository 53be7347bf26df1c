package com.tmip.input;

import com.tmip.reference.EditDistance;

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

    /**
     * The unknown header nearest to one of the column's keys, when it is plausibly the same column mistyped (see
     * {@link #plausible}); else null.
     */
    private static String suggestion(Set<String> columnKeys, List<String> unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String label : unknown) {
            String candidate = normalise(label);
            for (String key : columnKeys) {
                int distance = distance(candidate, key);
                if (plausible(distance, candidate, key) && distance < bestDistance) {
                    best = label;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * True when {@code candidate} at {@code distance} edits from {@code key} is plausibly a typo of it: at most one
     * edit in four of the longer text (at least one), and fewer edits than half the shorter text, so that a short
     * header such as "1", "NaN" or "5%" is never offered for a short key such as "sn".
     */
    static boolean plausible(int distance, String candidate, String key) {
        int longer = Math.max(candidate.length(), key.length());
        int shorter = Math.min(candidate.length(), key.length());
        return distance <= Math.max(1, longer / 4) && 2 * distance < shorter;
    }

    /**
     * Edit distance, a swap of two adjacent letters counting as one edit ("Serail" is one edit from "Serial"), as
     * the other suggestions of the program count it.
     */
    static int distance(String a, String b) {
        return EditDistance.bounded(a, b, Math.max(a.length(), b.length()));
    }
}
