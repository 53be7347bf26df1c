package com.tmip.row;

/**
 * A stable rule code, as written in {@code failures.csv} and counted in {@code summary.json}. Each feature lists its
 * codes in an enum that implements this, so every code a report can carry is typed and can be listed.
 */
public interface RuleCode {

    /** The code as reports write it, e.g. {@code SERIAL_FORMAT}. */
    String code();
}
