/**
 * TMIP cases: one per (account, disposition, reference), opened with the program's fixed values and an ID
 * {@code YYYY-MMDD-NNNN} from a per-day counter kept in the database, so concurrent runs never share an ID.
 */
package com.tmip.cases;
