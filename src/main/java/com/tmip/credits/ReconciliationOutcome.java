package com.tmip.credits;

/** What a ledger line, or a registered item that no line credits, turned out to be. */
public enum ReconciliationOutcome {
    /** The case exists, belongs to the line's account, holds the serial and (for COD) has a verified CoD. */
    MATCHED,
    /** No case has the line's case_id. */
    CREDIT_WITHOUT_CASE,
    /** The case exists but does not hold the serial (unregistered, or registered in another case). */
    SERIAL_NOT_IN_CASE,
    /** The case belongs to another account than the one the line names (or the line names no known account). */
    ACCOUNT_MISMATCH,
    /** Another credit was loaded earlier for the same serial. */
    DUPLICATE_CREDIT,
    /** A COD item credited without a verified Certificate of Destruction attached. */
    COD_NOT_VERIFIED,
    /** The amount differs from the platform's configured rate beyond the tolerance, or the currency differs. */
    AMOUNT_MISMATCH,
    /** A registered item that no credit covers. */
    NOT_CREDITED,
    /** An uncredited COD item without a verified CoD, past its order date plus the documentation deadline. */
    DOCUMENTATION_OVERDUE;

    /** Whether this outcome is about a ledger line (else about a registered item). */
    public boolean ofLedgerLine() {
        return this != NOT_CREDITED && this != DOCUMENTATION_OVERDUE;
    }
}
