package com.tmip.row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one rule for repeated keys (a serial, a username, an account id, a credit id) that every import writer
 * applies: whether a row is the first of its key, or repeats a row of the same file, of another file of the same
 * import, or of an earlier run. Each feature turns the verdict into its own rule code and message. Plain Java: one
 * policy per (run, file), built by the writer of that file's step.
 */
public final class DuplicatePolicy {

    /** What a row is against the rows read before it. */
    public enum Verdict {
        /** No earlier row holds the key: the row is kept. */
        FIRST,
        /** An earlier row of the same file holds the key (earlier in the chunk, or in a committed chunk). */
        DUPLICATE_IN_FILE,
        /** A row of another file of the same import holds the key. */
        DUPLICATE_IN_RUN,
        /** An earlier run stored the key. */
        ALREADY_REGISTERED
    }

    /**
     * Where a key was seen before.
     *
     * @param runId  the run that holds it; null when the holder is known to belong to another run but not which
     * @param fileNo the file of that run (0 when unknown)
     * @param rowNo  the row of that file (0 when unknown)
     */
    public record Earlier(String runId, int fileNo, int rowNo) {

        /** A key stored by a run other than the current one. */
        public static Earlier elsewhere() {
            return new Earlier(null, 0, 0);
        }
    }

    /**
     * A chunk's rows split by key: the first row of each key in chunk order, and every later row of a key with the
     * first row it repeats.
     */
    public record Chunk<K, R>(Map<K, R> firsts, List<Repeat<R>> repeats) {
    }

    /** A row that repeats the key of {@code first}, earlier in the same chunk. */
    public record Repeat<R>(R row, R first) {
    }

    private final String runId;
    private final int fileNo;

    /** The policy of file {@code fileNo} of run {@code runId}. */
    public DuplicatePolicy(String runId, int fileNo) {
        this.runId = runId;
        this.fileNo = fileNo;
    }

    /** The verdict on a row whose key {@code earlier} holds; null means no earlier row holds it. */
    public Verdict verdict(Earlier earlier) {
        if (earlier == null) {
            return Verdict.FIRST;
        }
        if (!runId.equals(earlier.runId())) {
            return Verdict.ALREADY_REGISTERED;
        }
        return earlier.fileNo() == fileNo ? Verdict.DUPLICATE_IN_FILE : Verdict.DUPLICATE_IN_RUN;
    }

    /** Where a row of this file is, for the rows after it: the verdict on them is {@link Verdict#DUPLICATE_IN_FILE}. */
    public Earlier here(int rowNo) {
        return new Earlier(runId, fileNo, rowNo);
    }

    /**
     * Splits a chunk's rows by key, keeping the chunk's order: the first row of each key, and the rows that repeat a
     * key earlier in the chunk (their verdict is {@link Verdict#DUPLICATE_IN_FILE}, or the first row's when an
     * earlier chunk or run already holds the key).
     */
    public static <K, R> Chunk<K, R> firstInChunk(Iterable<? extends R> rows, Function<? super R, K> key) {
        Map<K, R> firsts = new LinkedHashMap<>();
        List<Repeat<R>> repeats = new ArrayList<>();
        for (R row : rows) {
            R first = firsts.putIfAbsent(key.apply(row), row);
            if (first != null) {
                repeats.add(new Repeat<>(row, first));
            }
        }
        return new Chunk<>(firsts, repeats);
    }
}
