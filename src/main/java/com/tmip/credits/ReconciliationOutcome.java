package com.tmip.credits;

/** What a ledger line, or a registered item that no line credits, turned out to be. */
public enum ReconciliationOutcome {
    /** The case exists, belongs to the line's account, holds the serial and (for COD) is documented. */
    MATCHED,
    /** No case has the line's case_id. */
    CREDIT_WITHOUT_CASE,
    /** The case exists but does not hold the serial (unregistered, or registered in another case). */
    SERIAL_NOT_IN_CASE,
    /** The case belongs to another account than the one the line names (or the line names no known account). */
    ACCOUNT_MISMATCH,
    /** Another credit was loaded earlier for the same serial. */
    DUPLICATE_CREDIT,
    /** A credit on a COD item still awaiting its signed Certificate of Destruction. */
    COD_NOT_VERIFIED,
    /** The amount differs from the platform's configured rate beyond the tolerance, or the currency differs. */
    AMOUNT_MISMATCH,
    /**
     * A ledger line that was not loaded: malformed (failures.csv names each failed check), or a credit id repeated
     * in the ledger or loaded before with other values. Its amount counts in the totals where it reads as a number.
     */
    LINE_REJECTED,
    /** A registered item that no credit covers. */
    NOT_CREDITED,
    /** An uncredited item past its due date and still open: awaiting its certificate (COD) or its return (trade-in). */
    DOCUMENTATION_OVERDUE;

    /** Whether this outcome is about a ledger line (else about a registered item). */
    public boolean ofLedgerLine() {
        return this != NOT_CREDITED && this != DOCUMENTATION_OVERDUE;
    }
}
