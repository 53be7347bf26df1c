package com.tmip.reference;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @Test
    void knownDistances() {
        assertThat(EditDistance.bounded("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(EditDistance.bounded("MX408", "MX480", 10)).isEqualTo(1);
        assertThat(EditDistance.bounded("MX408", "MX40", 10)).isEqualTo(1);
        assertThat(EditDistance.bounded("", "abc", 10)).isEqualTo(3);
        assertThat(EditDistance.bounded("abc", "abc", 0)).isZero();
        assertThat(EditDistance.bounded("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void theBoundedDistanceAgreesWithTheFullOne() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            String a = randomText(random);
            String b = randomText(random);
            int full = fullDistance(a, b);
            int limit = random.nextInt(6);
            assertThat(EditDistance.bounded(a, b, limit)).as("%s %s %d", a, b, limit)
                    .isEqualTo(Math.min(full, limit + 1));
        }
    }

    @Test
    void nearLimit() {
        assertThat(EditDistance.nearLimit(1)).isZero();
        assertThat(EditDistance.nearLimit(2)).isEqualTo(1);
        assertThat(EditDistance.nearLimit(5)).isEqualTo(2);
        assertThat(EditDistance.nearLimit(15)).isEqualTo(5);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(3)));
        }
        return text.toString();
    }

    /** The optimal string alignment distance, unbounded, straight from its definition. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
