package com.tmip.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the reconciliation reports: a ledger line (with its ledger row) or a registered item that no credit
 * covers (no ledger values), its outcome and the values behind it. Null means "does not apply".
 *
 * @param accountId the known account the ledger line names; for an item, its case's account
 * @param expected  the platform's configured rate, if any
 */
public record ReconciliationLine(Integer ledgerRow, String creditId, ReconciliationOutcome outcome, String caseId,
                                 String accountText, String accountId, String serial, BigDecimal amount,
                                 String currency, LocalDate issuedOn, String caseAccountId, String itemCaseId,
                                 String platform, String disposition, LocalDate orderDate, Boolean codVerified,
                                 LocalDate documentationDue, CreditRates.Rate expected, String detail) {

    public static final List<String> COLUMNS = List.of("source", "ledger_row", "credit_id", "outcome", "case_id",
            "account", "account_id", "serial_number", "amount", "currency", "issued_on", "case_account_id",
            "item_case_id", "platform", "disposition", "order_date", "cod_verified", "documentation_due",
            "expected_amount", "expected_currency", "detail");

    public boolean fromLedger() {
        return ledgerRow != null;
    }

    /** The account this line counts under in the totals: the line's known account, else its case's. */
    public String totalsAccount() {
        if (accountId != null) {
            return accountId;
        }
        return caseAccountId != null && !fromLedger() ? caseAccountId : ReconciliationTotals.UNKNOWN_ACCOUNT;
    }

    /** The cells as text, in {@link #COLUMNS} order; amounts in plain notation, dates ISO. */
    public List<String> texts() {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(fromLedger() ? "ledger" : "registered_item");
        cells.add(text(ledgerRow));
        cells.add(text(creditId));
        cells.add(outcome.name());
        cells.add(text(caseId));
        cells.add(text(accountText));
        cells.add(text(accountId));
        cells.add(text(serial));
        cells.add(amount == null ? "" : amount.toPlainString());
        cells.add(text(currency));
        cells.add(text(issuedOn));
        cells.add(text(caseAccountId));
        cells.add(text(itemCaseId));
        cells.add(text(platform));
        cells.add(text(disposition));
        cells.add(text(orderDate));
        cells.add(codVerified == null ? "" : codVerified.toString());
        cells.add(text(documentationDue));
        cells.add(expected == null ? "" : expected.amount().toPlainString());
        cells.add(expected == null ? "" : expected.currency());
        cells.add(text(detail));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
