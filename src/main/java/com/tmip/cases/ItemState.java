package com.tmip.cases;

/**
 * Where a registered item is in the program's life cycle. A COD item is a plan until a signed certificate documents
 * it; a trade-in item awaits its return until the return is recorded. Stored as {@code equipment_item.item_state}.
 */
public enum ItemState {
    /** A COD plan: registered before its equipment was destroyed; the signed certificate is due by the due date. */
    AWAITING_CERTIFICATE,
    /** A COD item whose verified certificate is attached. */
    DOCUMENTED,
    /** A trade-in item not yet received back; the return is due by the due date. */
    AWAITING_RETURN,
    /** A trade-in item received back. */
    RECEIVED;

    /** The state an item starts in when it is registered. */
    public static ItemState initial(Disposition disposition, boolean certificateVerified) {
        if (disposition == Disposition.TRADE_IN) {
            return AWAITING_RETURN;
        }
        return certificateVerified ? DOCUMENTED : AWAITING_CERTIFICATE;
    }

    /** Whether the item still waits for its paperwork or its return (and so can be overdue). */
    public boolean isOpen() {
        return this == AWAITING_CERTIFICATE || this == AWAITING_RETURN;
    }
}
