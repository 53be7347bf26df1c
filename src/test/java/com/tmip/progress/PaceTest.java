package com.tmip.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTest {

    @Test
    void chunksOfEqualCostAreFlat() {
        Pace pace = new Pace(1_000);
        for (int i = 1; i <= 100; i++) {
            pace.chunkWritten(1_000 + i * 50L);
        }
        assertThat(pace.chunks()).isEqualTo(100);
        assertThat(pace.flatness()).hasValue(1.0);
    }

    @Test
    void chunksThatSlowDownAsTheTableGrowsAreNot() {
        Pace pace = new Pace(0);
        long at = 0;
        for (int i = 1; i <= 20; i++) {
            at += 10L * i; // chunk i costs 10 i ms
            pace.chunkWritten(at);
        }
        // first tenth: chunks 1-2 = 30 ms; last tenth: chunks 19-20 = 390 ms
        assertThat(pace.flatness()).hasValue(13.0);
    }

    @Test
    void fewerThanTenChunksHaveNoFlatness() {
        Pace pace = new Pace(0);
        for (int i = 1; i <= 9; i++) {
            pace.chunkWritten(i);
        }
        assertThat(pace.flatness()).isEmpty();
    }
}
