package com.tmip.credits;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatcher;

import java.util.List;

/** The ledger's columns (all required) and the header labels finance systems commonly use for them. */
public final class LedgerColumns {

    public static final String CREDIT_ID = "credit_id";
    public static final String CASE_ID = "case_id";
    public static final String ACCOUNT = "account";
    public static final String SERIAL_NUMBER = "serial_number";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String ISSUED_ON = "issued_on";

    public static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required(CREDIT_ID, "Credit ID", "Credit Number", "Credit No", "Credit Memo", "Credit Note"),
            ColumnSpec.required(CASE_ID, "Case ID", "Case Number", "Case No", "Case"),
            ColumnSpec.required(ACCOUNT, "Associated Account", "Account Name", "Account ID", "Customer"),
            ColumnSpec.required(SERIAL_NUMBER, "Serial Number", "Serial No", "Serial", "SN"),
            ColumnSpec.required(AMOUNT, "Credit Amount", "Amount", "Value"),
            ColumnSpec.required(CURRENCY, "Currency Code", "Currency", "CCY"),
            ColumnSpec.required(ISSUED_ON, "Issued On", "Issue Date", "Date Issued", "Credit Date", "Date"));

    private LedgerColumns() {
    }

    static HeaderMatcher matcher() {
        return new HeaderMatcher(COLUMNS);
    }
}
