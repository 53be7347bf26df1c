package com.tmip.attach;

import com.tmip.cases.ItemState;

/**
 * A registered item a certificate lists, as the rules need it: its case and account, disposition, state and the
 * certificate that documents it (if any).
 */
public record HeldItem(String serial, String caseId, String accountId, String accountName, String disposition,
                       ItemState state, String codSha256, String documentedRunId, String codFile) {

    /** The account as a person reads it: its name and id. */
    public String account() {
        return accountName == null ? accountId : "\"" + accountName + "\" (" + accountId + ")";
    }
}
