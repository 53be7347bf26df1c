/**
 * The row kernel every feature builds on: a {@link com.tmip.row.Violation} of a typed
 * {@link com.tmip.row.RuleCode}, the {@link com.tmip.row.Checked} value of one cell, reading raw cells
 * ({@link com.tmip.row.Cells}, {@link com.tmip.row.Dates}), the {@link com.tmip.row.SerialNumber} of the program,
 * and what became of a row that was not accepted ({@link com.tmip.row.RowFailure}). Plain Java: no Spring, no
 * database, nothing that knows a feature.
 */
package com.tmip.row;
