package com.tmip.cases;

/**
 * {@code items [--state STATE] [--overdue] [--account NAME_OR_ID] [--case CASE_ID] [--limit N]}: which items to list.
 *
 * @param state   only items in this state; null for any
 * @param overdue only items still waiting for their certificate or return whose due date is before today
 * @param account only the items of this account's cases (an id or a name, matched as equipment rows are); null for
 *                any
 * @param caseId  only the items of this case; null for any
 * @param limit   at most this many items; 0 for all
 */
public record ItemFilter(ItemState state, boolean overdue, String account, String caseId, int limit) {

    public ItemFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
