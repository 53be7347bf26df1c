/**
 * Run reports: {@code summary.json}, {@code failures.csv} and {@code rejected-rows.csv}, written from the database
 * at the end of a run so that a resumed run reports exactly what an uninterrupted one would. Every CSV we write is
 * safe to open in Excel: text that would start a formula is neutralised.
 */
package com.tmip.report;
