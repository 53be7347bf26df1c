package com.tmip.cases;

import java.time.LocalDate;

/**
 * One registered item as {@code cases show} and {@code items} print it.
 *
 * @param overdue the item still waits for its certificate or return and its due date is before today
 */
public record ItemLine(String serial, String caseId, String accountId, String platform, String disposition,
                       ItemState state, LocalDate dueDate, LocalDate receivedOn, String returnReference,
                       boolean overdue) {
}
