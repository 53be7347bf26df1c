package com.tmip.credits;

import com.tmip.input.HeaderMatch;
import com.tmip.input.SourceRow;

/** One ledger line as written: the cells of the seven ledger columns, never null. */
public record LedgerLine(int rowNumber, String creditId, String caseId, String account, String serialNumber,
                         String amount, String currency, String issuedOn) {

    static LedgerLine map(HeaderMatch header, SourceRow row) {
        return new LedgerLine(row.rowNumber(), row.cell(header.index(LedgerColumns.CREDIT_ID)),
                row.cell(header.index(LedgerColumns.CASE_ID)), row.cell(header.index(LedgerColumns.ACCOUNT)),
                row.cell(header.index(LedgerColumns.SERIAL_NUMBER)), row.cell(header.index(LedgerColumns.AMOUNT)),
                row.cell(header.index(LedgerColumns.CURRENCY)), row.cell(header.index(LedgerColumns.ISSUED_ON)));
    }
}
