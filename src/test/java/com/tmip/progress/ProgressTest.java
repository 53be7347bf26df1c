package com.tmip.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void liveLineShowsRowsPercentRateAndTimeLeft() {
        Progress progress = new Progress("file-1", 120_000, 0.4, 10_000);
        assertThat(progress.live()).isEqualTo("file-1: 120,000 rows   40%  12,000 rows/s  0:15 left");
    }

    @Test
    void withoutAKnownSizeOnlyRowsAndRate() {
        Progress progress = new Progress("file-2", 5_000, -1, 2_000);
        assertThat(progress.live()).isEqualTo("file-2: 5,000 rows  2,500 rows/s");
        assertThat(progress.plain()).isEqualTo("progress: file-2: 5000 rows, 2500 rows/s");
    }

    @Test
    void thePlainLineHasNoControlCharactersAndKeepsItsPrefix() {
        String line = new Progress("file-1", 123_456, 0.5, 60_000).plain();
        assertThat(line).matches(".*progress: file-1: [1-9][0-9]{4,} rows.*")
                .isEqualTo("progress: file-1: 123456 rows, 2057 rows/s, 50% of the file, about 1:00 left");
        assertThat(line.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void longRunsShowHours() {
        assertThat(Progress.clock(3 * 3600 + 62)).isEqualTo("3:01:02");
        assertThat(Progress.clock(59)).isEqualTo("0:59");
    }
}
