/**
 * Finance reconciliation ({@code reconcile-credits LEDGER}): loads a ledger of discount credits, chunk by chunk and
 * restart-safe like the imports, then proves each credit against the registered cases and items (their life-cycle
 * states) and finds the registered items that no credit covers, with the credit each is still owed. Every ledger
 * line is reconciled, the rejected ones too, and the totals balance per currency over all of them. The matching is
 * a join in the database streamed into the reports, never a copy of either side in memory; the outcome of each line
 * is decided by {@link com.tmip.credits.OutcomeRules}, plain code with no Spring and no database.
 */
package com.tmip.credits;
