package com.tmip.run;

/** Row counts of a file or a run; {@code rowsRead = accepted + rejected + duplicates} by construction. */
public record Counts(long accepted, long rejected, long duplicates) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public long rowsRead() {
        return accepted + rejected + duplicates;
    }

    public Counts plus(Counts other) {
        return new Counts(accepted + other.accepted, rejected + other.rejected, duplicates + other.duplicates);
    }
}
