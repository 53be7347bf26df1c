package com.tmip.credits;

import java.time.LocalDate;

/** A registered item that no credit covers, with what decides whether its paperwork is overdue. */
public record ItemFacts(String serial, String caseId, String accountId, String platform, String disposition,
                        boolean codVerified, LocalDate orderDate) {
}
