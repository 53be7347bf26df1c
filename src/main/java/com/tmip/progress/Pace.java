package com.tmip.progress;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pace of one step: when each of its chunks was written. Its flatness is the time the last tenth of the
 * chunks took over the time the first tenth took: about 1 when a chunk costs the same however much is already
 * stored, more when the cost grows with the data (a look-up that scans, say).
 */
final class Pace {

    private final long startedAt;
    private long[] chunkEnds = new long[256];
    private int chunks;

    Pace(long startedAt) {
        this.startedAt = startedAt;
    }

    void chunkWritten(long at) {
        if (chunks == chunkEnds.length) {
            chunkEnds = Arrays.copyOf(chunkEnds, chunks * 2);
        }
        chunkEnds[chunks++] = at;
    }

    int chunks() {
        return chunks;
    }

    /** Last tenth over first tenth of the chunks' time; empty below ten chunks, where a tenth is no measure. */
    Optional<Double> flatness() {
        if (chunks < 10) {
            return Optional.empty();
        }
        int tenth = chunks / 10;
        long first = chunkEnds[tenth - 1] - startedAt;
        long last = chunkEnds[chunks - 1] - chunkEnds[chunks - 1 - tenth];
        return Optional.of((double) last / Math.max(1, first));
    }
}
