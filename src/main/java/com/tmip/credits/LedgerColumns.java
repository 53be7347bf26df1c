package com.tmip.credits;

import com.tmip.input.ColumnSpec;
import com.tmip.input.HeaderMatcher;

import java.util.List;

/** The ledger's columns (all required) and the header labels finance systems commonly use for them. */
final class LedgerColumns {

    static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("credit_id", "Credit ID", "Credit Number", "Credit No", "Credit Memo", "Credit Note"),
            ColumnSpec.required("case_id", "Case ID", "Case Number", "Case No", "Case"),
            ColumnSpec.required("account", "Associated Account", "Account Name", "Account ID", "Customer"),
            ColumnSpec.required("serial_number", "Serial Number", "Serial No", "Serial", "SN"),
            ColumnSpec.required("amount", "Credit Amount", "Amount", "Value"),
            ColumnSpec.required("currency", "Currency Code", "Currency", "CCY"),
            ColumnSpec.required("issued_on", "Issued On", "Issue Date", "Date Issued", "Credit Date", "Date"));

    private LedgerColumns() {
    }

    static HeaderMatcher matcher() {
        return new HeaderMatcher(COLUMNS);
    }
}
