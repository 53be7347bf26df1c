package com.tmip.credits;

import com.tmip.cases.ItemState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the reconciliation reports: a ledger line (with its ledger row; a rejected one too, with its cells as
 * written) or a registered item that no credit covers (no ledger values), its outcome and the values behind it.
 * Null means "does not apply".
 *
 * @param accountId the known account the ledger line names; for an item, its case's account
 * @param amount    the ledger amount; for a rejected line, null when its cell does not read as a number
 * @param currency  the ledger currency; for a rejected line, the key it is totalled under
 *                  ({@link CreditParser#currencyKey})
 * @param expected  the platform's configured rate, if any: for an uncredited item, the credit it is owed
 * @param written   the amount, currency and issue date cells as written, for a rejected line only
 */
public record ReconciliationLine(Integer ledgerRow, String creditId, ReconciliationOutcome outcome, String caseId,
                                 String accountText, String accountId, String serial, BigDecimal amount,
                                 String currency, LocalDate issuedOn, String caseAccountId, String itemCaseId,
                                 String platform, String disposition, LocalDate orderDate, ItemState itemState,
                                 LocalDate dueDate, CreditRates.Rate expected, String detail, Written written) {

    public static final List<String> COLUMNS = List.of("source", "ledger_row", "credit_id", "outcome", "case_id",
            "account", "account_id", "serial_number", "amount", "currency", "issued_on", "case_account_id",
            "item_case_id", "platform", "disposition", "order_date", "item_state", "due_date",
            "expected_amount", "expected_currency", "detail", "amount_as_written", "currency_as_written");

    public boolean fromLedger() {
        return ledgerRow != null;
    }

    public boolean rejected() {
        return written != null;
    }

    /** The account this line counts under in the totals: the line's known account, else its case's. */
    public String totalsAccount() {
        if (accountId != null) {
            return accountId;
        }
        return caseAccountId != null && !fromLedger() ? caseAccountId : ReconciliationTotals.UNKNOWN_ACCOUNT;
    }

    /** The issue date as the detail shows it: the date, or for a rejected line the cell as written. */
    public String issuedOnText() {
        return rejected() ? written.issuedOn() : text(issuedOn);
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
        cells.add(issuedOnText());
        cells.add(text(caseAccountId));
        cells.add(text(itemCaseId));
        cells.add(text(platform));
        cells.add(text(disposition));
        cells.add(text(orderDate));
        cells.add(text(itemState));
        cells.add(text(dueDate));
        cells.add(expected == null ? "" : expected.amount().toPlainString());
        cells.add(expected == null ? "" : expected.currency());
        cells.add(text(detail));
        cells.add(rejected() ? written.amount() : "");
        cells.add(rejected() ? written.currency() : "");
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A rejected line's cells as written. */
    public record Written(String amount, String currency, String issuedOn) {
    }
}
