package com.tmip.credits;

/**
 * The outcome of a line or item and why, in words for finance.
 *
 * @param expected the platform's configured rate, null when none applies
 */
public record Decision(ReconciliationOutcome outcome, String detail, CreditRates.Rate expected) {
}
