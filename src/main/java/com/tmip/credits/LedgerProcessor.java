package com.tmip.credits;

import com.tmip.run.MappedRow;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks one ledger line against the known accounts; the writer only writes what this decided. */
class LedgerProcessor implements ItemProcessor<MappedRow<LedgerLine>, CheckedLedgerLine> {

    private final CreditParser parser;

    LedgerProcessor(CreditParser parser) {
        this.parser = parser;
    }

    @Override
    public CheckedLedgerLine process(MappedRow<LedgerLine> line) {
        CreditParser.Parsed parsed = parser.parse(line.row());
        String accountId = parsed.credit() != null ? parsed.credit().accountId() : parser.accountId(line.row().account());
        return new CheckedLedgerLine(line.source(), line.row(), parsed, accountId);
    }
}
