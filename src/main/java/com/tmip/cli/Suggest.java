package com.tmip.cli;

import com.tmip.reference.EditDistance;

import java.util.Collection;

/** "Did you mean" for mistyped commands and options. */
final class Suggest {

    private Suggest() {
    }

    /** ", did you mean X?" for the nearest candidate within a small edit distance, else "". */
    static String nearest(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int d = EditDistance.bounded(word, candidate, limit);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best == null ? "" : ", did you mean " + best + "?";
    }
}
