/**
 * The equipment registration job: streams partner equipment lists (CSV or Excel), checks every row against the
 * TMIP rules, groups valid rows into cases and registers each serial once, ever. Rejected rows and duplicates are
 * kept per (run, file, row) and reported with a reason a partner can act on.
 */
package com.tmip.equipment;
