package com.tmip.credits;

import com.tmip.input.SourceRow;

/** A ledger line as read and what the parser made of it: a credit, or the line's violations. */
record CheckedLedgerLine(SourceRow source, CreditParser.Parsed parsed) {
}
