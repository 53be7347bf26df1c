package com.tmip.cases;

/** What groups items into one case: the account, the disposition and the partner's plan reference ("" if none). */
public record CaseGroup(String accountId, Disposition disposition, String reference) {
}
