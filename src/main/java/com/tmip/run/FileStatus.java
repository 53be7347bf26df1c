package com.tmip.run;

/** Where an input file of a run stands. */
public enum FileStatus {
    /** Not read to the end yet. */
    PENDING,
    /** Read to the end; every row has an outcome. */
    READ,
    /** Rejected as a whole before any row was read (format, encryption, header). */
    REJECTED,
    /** Became unreadable part-way: the rows before {@code error_row} have outcomes, the rest could not be read. */
    TRUNCATED
}
