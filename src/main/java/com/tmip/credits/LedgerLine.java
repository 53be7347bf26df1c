package com.tmip.credits;

import com.tmip.input.HeaderMatch;
import com.tmip.input.SourceRow;

/** One ledger line as written: the cells of the seven ledger columns, never null. */
public record LedgerLine(int rowNumber, String creditId, String caseId, String account, String serialNumber,
                         String amount, String currency, String issuedOn) {

    static LedgerLine map(HeaderMatch header, SourceRow row) {
        return new LedgerLine(row.rowNumber(), row.cell(header.index("credit_id")), row.cell(header.index("case_id")),
                row.cell(header.index("account")), row.cell(header.index("serial_number")),
                row.cell(header.index("amount")), row.cell(header.index("currency")),
                row.cell(header.index("issued_on")));
    }
}
