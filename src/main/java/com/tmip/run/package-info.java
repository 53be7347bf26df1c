/**
 * Import runs: one row per command run and per input file, so that a run can be listed, resumed after a crash
 * (the same command finds its unfinished run by the content of its inputs) and reported from the database.
 */
package com.tmip.run;
