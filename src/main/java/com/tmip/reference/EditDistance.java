package com.tmip.reference;

/**
 * Edit distance with an upper bound, used to suggest the nearest known value in messages. Stateless.
 *
 * <p>The distance is Levenshtein's (insertions, deletions, substitutions) with one addition: swapping two
 * adjacent characters counts as one edit (the "optimal string alignment" distance). It is never larger than the
 * Levenshtein distance, and it makes the commonest typo, "MX408" for "MX480", one edit away instead of two.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it is known to exceed
     * {@code limit} (so a caller comparing against many candidates pays little for far ones).
     */
    public static int bounded(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (limit < 0) {
            return 0;
        }
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        // Only cells within `limit` of the diagonal can lead to a distance within `limit`: compute that band,
        // treat every other cell as "too far".
        int far = limit + 1;
        int[] beforePrevious = new int[m + 2];
        int[] previous = new int[m + 2];
        int[] current = new int[m + 2];
        for (int j = 0; j <= m + 1; j++) {
            previous[j] = Math.min(j, far);
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(m, i + limit);
            current[low - 1] = low == 1 ? Math.min(i, far) : far;
            int rowMin = current[low - 1];
            char ca = a.charAt(i - 1);
            for (int j = low; j <= high; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                value = Math.min(value, far);
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            current[high + 1] = far;
            if (rowMin > limit) {
                return far;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], far);
    }

    /**
     * The largest distance at which a candidate still counts as "near" a text whose comparison key has
     * {@code keyLength} characters: max(2, length / 3), but always less than the length itself so that a
     * very short text is never "near" something it shares nothing with.
     */
    public static int nearLimit(int keyLength) {
        return Math.min(Math.max(2, keyLength / 3), Math.max(0, keyLength - 1));
    }
}
