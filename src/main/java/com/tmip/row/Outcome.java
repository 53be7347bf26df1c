package com.tmip.row;

/** What became of a row that was not accepted; stored in {@code row_outcome}. */
public enum Outcome {
    REJECTED, DUPLICATE
}
