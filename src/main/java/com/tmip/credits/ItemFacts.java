package com.tmip.credits;

import com.tmip.cases.ItemState;

import java.time.LocalDate;

/**
 * A registered item that no credit covers, with what decides whether it is overdue: its state and due date.
 *
 * @param dueDate when its certificate or its return is due, null when it has none
 */
public record ItemFacts(String serial, String caseId, String accountId, String platform, String disposition,
                        ItemState state, LocalDate dueDate) {
}
