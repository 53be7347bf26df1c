package com.tmip.credits;

import java.time.LocalDate;
import java.time.Period;

/**
 * Decides the one outcome of each ledger line and each uncredited item. For a line the first rule that fires wins:
 * {@code DUPLICATE_CREDIT} (another credit of the serial was loaded first: paying twice is the costliest error),
 * {@code CREDIT_WITHOUT_CASE}, {@code ACCOUNT_MISMATCH}, {@code SERIAL_NOT_IN_CASE}, {@code COD_NOT_VERIFIED},
 * {@code AMOUNT_MISMATCH} (only with a rate table, and only for platforms it lists), else {@code MATCHED}. An
 * uncredited item is {@code DOCUMENTATION_OVERDUE} when it is COD, has no verified CoD and today is after its
 * order date plus the deadline; else {@code NOT_CREDITED}.
 */
public final class OutcomeRules {

    private static final String COD = "COD";

    private final CreditRates rates;
    private final Period deadline;
    private final LocalDate today;

    public OutcomeRules(CreditRates rates, Period deadline, LocalDate today) {
        this.rates = rates;
        this.deadline = deadline;
        this.today = today;
    }

    public Decision line(LineFacts facts) {
        Credit credit = facts.credit();
        CreditRates.Rate rate = facts.platform() == null ? null : rates.forPlatform(facts.platform()).orElse(null);
        if (facts.firstCreditId() != null && !facts.firstCreditId().equals(credit.creditId())) {
            return new Decision(ReconciliationOutcome.DUPLICATE_CREDIT, "serial " + credit.serial()
                    + " was credited first by credit " + facts.firstCreditId(), rate);
        }
        if (!facts.caseExists()) {
            return new Decision(ReconciliationOutcome.CREDIT_WITHOUT_CASE, "no case " + credit.caseId(), rate);
        }
        if (credit.accountId() == null || !credit.accountId().equals(facts.caseAccountId())) {
            return new Decision(ReconciliationOutcome.ACCOUNT_MISMATCH, "case " + credit.caseId() + " belongs to account "
                    + facts.caseAccountId() + (credit.accountId() == null ? "; the line names no single known account"
                    : ", not " + credit.accountId()), rate);
        }
        if (facts.itemCaseId() == null) {
            return new Decision(ReconciliationOutcome.SERIAL_NOT_IN_CASE, "serial " + credit.serial()
                    + " is not registered", rate);
        }
        if (!facts.itemCaseId().equals(credit.caseId())) {
            return new Decision(ReconciliationOutcome.SERIAL_NOT_IN_CASE, "serial " + credit.serial()
                    + " is registered in case " + facts.itemCaseId() + ", not " + credit.caseId(), rate);
        }
        if (COD.equals(facts.disposition()) && !facts.codVerified()) {
            return new Decision(ReconciliationOutcome.COD_NOT_VERIFIED, "COD item without a verified Certificate"
                    + " of Destruction", rate);
        }
        if (rate != null && !rates.fits(rate, credit.amount(), credit.currency())) {
            return new Decision(ReconciliationOutcome.AMOUNT_MISMATCH, "the rate for " + facts.platform() + " is "
                    + rate.amount().toPlainString() + " " + rate.currency() + " (tolerance "
                    + rates.tolerance().toPlainString() + ")", rate);
        }
        if (rates.configured() && rate == null) {
            return new Decision(ReconciliationOutcome.MATCHED, "no credit rate for " + facts.platform()
                    + ": amount not checked", null);
        }
        return new Decision(ReconciliationOutcome.MATCHED, "", rate);
    }

    public Decision item(ItemFacts item) {
        CreditRates.Rate rate = rates.forPlatform(item.platform()).orElse(null);
        if (COD.equals(item.disposition()) && !item.codVerified() && item.orderDate() != null) {
            LocalDate due = dueDate(item.orderDate());
            if (today.isAfter(due)) {
                return new Decision(ReconciliationOutcome.DOCUMENTATION_OVERDUE, "no verified Certificate of"
                        + " Destruction; it was due " + due, rate);
            }
        }
        return new Decision(ReconciliationOutcome.NOT_CREDITED, "", rate);
    }

    /** When the item's documentation is due: its order date plus the deadline. */
    public LocalDate dueDate(LocalDate orderDate) {
        return orderDate.plus(deadline);
    }
}
