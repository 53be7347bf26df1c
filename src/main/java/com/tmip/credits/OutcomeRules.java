package com.tmip.credits;

import com.tmip.cases.ItemState;

import java.time.LocalDate;

/**
 * Decides the one outcome of each ledger line and each uncredited item. For a line the first rule that fires wins:
 * {@code DUPLICATE_CREDIT} (another credit of the serial was loaded first: paying twice is the costliest error),
 * {@code CREDIT_WITHOUT_CASE}, {@code ACCOUNT_MISMATCH}, {@code SERIAL_NOT_IN_CASE}, {@code COD_NOT_VERIFIED},
 * {@code AMOUNT_MISMATCH} (only with a rate table, and only for platforms it lists), else {@code MATCHED}.
 * {@code COD_NOT_VERIFIED} is a credit on an item still {@code AWAITING_CERTIFICATE}. An uncredited item is
 * {@code DOCUMENTATION_OVERDUE} when its state is still open (awaiting its certificate or its return) and today is
 * after its due date; else {@code NOT_CREDITED}. Every decision carries the platform's rate, when the rate table
 * lists it: for an uncredited item that is the credit it is still owed.
 */
public final class OutcomeRules {

    private final CreditRates rates;
    private final LocalDate today;

    public OutcomeRules(CreditRates rates, LocalDate today) {
        this.rates = rates;
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
        if (facts.itemState() == ItemState.AWAITING_CERTIFICATE) {
            return new Decision(ReconciliationOutcome.COD_NOT_VERIFIED, "the item still awaits its signed"
                    + " Certificate of Destruction", rate);
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
        String owed = rate != null ? "" : rates.configured() ? "no credit rate for " + item.platform()
                + ": the credit it is owed is unknown" : "";
        if (item.state() != null && item.state().isOpen() && item.dueDate() != null && today.isAfter(item.dueDate())) {
            String what = item.state() == ItemState.AWAITING_CERTIFICATE ? "its signed Certificate of Destruction"
                    : "its return";
            return new Decision(ReconciliationOutcome.DOCUMENTATION_OVERDUE, what + " was due " + item.dueDate()
                    + (owed.isEmpty() ? "" : "; " + owed), rate);
        }
        return new Decision(ReconciliationOutcome.NOT_CREDITED, owed, rate);
    }

    /** The rejected ledger line's decision: its rule codes and messages, as failures.csv gives them. */
    public Decision rejected(String reason) {
        return new Decision(ReconciliationOutcome.LINE_REJECTED, reason, null);
    }
}
