package com.tmip.credits;

import com.tmip.cases.ItemState;

/**
 * What the database knows about a ledger line's credit: its case, its serial's item and the first credit of that
 * serial. Read by one join; judged by {@link OutcomeRules}.
 *
 * @param caseAccountId  the account of the case the line names, null when no such case exists
 * @param itemCaseId     the case that holds the line's serial, null when the serial is not registered
 * @param itemState      the item's state in its life cycle, null when the serial is not registered
 * @param firstCreditId  the credit loaded first for the serial (this one, unless it is a duplicate)
 */
public record LineFacts(Credit credit, String caseAccountId, String itemCaseId, String platform, String disposition,
                        ItemState itemState, String firstCreditId) {

    public boolean caseExists() {
        return caseAccountId != null;
    }
}
