package com.tmip.credits;

import com.tmip.input.SourceRow;

/**
 * A ledger line as read and what the parser made of it: a credit, or the line's violations.
 *
 * @param line      the line's seven cells as written
 * @param accountId the known account the line's account cell names, null when it names none (or several)
 */
record CheckedLedgerLine(SourceRow source, LedgerLine line, CreditParser.Parsed parsed, String accountId) {
}
