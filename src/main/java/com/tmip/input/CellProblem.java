package com.tmip.input;

/**
 * A cell of a data row that the reader could not hand on as it is (too long, not text, beyond the columns read):
 * the row is to be rejected with this rule. The cell's text in the row is already made safe to store and print.
 *
 * @param column  the column's header label, or "column N" (1-based) where it has none
 * @param rule    a stable rule code such as {@link InputRule#CELL_TOO_LONG}
 * @param message what is wrong and what to do, without the cell's value
 */
public record CellProblem(String column, InputRule rule, String message) {
}
