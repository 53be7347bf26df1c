package com.tmip.credits;

import com.tmip.equipment.Violation;
import com.tmip.report.Outcome;
import com.tmip.report.RowFailure;
import com.tmip.report.RowOutcomes;
import com.tmip.run.MappedRow;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores a chunk of ledger lines in the chunk's transaction: malformed lines as rejected rows, a credit_id repeated
 * in the ledger or loaded before with other values as a duplicate row, every other line as a line of the run (a
 * new credit is stored; one loaded before with the same values is reconciled again). The first credit of a serial
 * is recorded in {@code credit_serial}; that is what makes later credits of it {@code DUPLICATE_CREDIT}.
 */
final class LedgerWriter implements ItemWriter<MappedRow<LedgerLine>> {

    private final String runId;
    private final int fileNo;
    private final CreditParser parser;
    private final CreditStore credits;
    private final RowOutcomes outcomes;
    private final Clock clock;

    LedgerWriter(String runId, int fileNo, CreditParser parser, CreditStore credits, RowOutcomes outcomes, Clock clock) {
        this.runId = runId;
        this.fileNo = fileNo;
        this.parser = parser;
        this.credits = credits;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends MappedRow<LedgerLine>> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        Map<String, CreditStore.NumberedCredit> valid = new LinkedHashMap<>();
        for (MappedRow<LedgerLine> row : chunk) {
            CreditParser.Parsed parsed = parser.parse(row.row());
            int rowNumber = row.source().rowNumber();
            if (parsed.credit() == null || !row.source().problems().isEmpty()) {
                List<Violation> violations = new ArrayList<>();
                row.source().problems().forEach(p -> violations.add(new Violation(p.column(), p.rule(), p.message(),
                        "")));
                violations.addAll(parsed.violations());
                failures.add(new RowFailure(rowNumber, Outcome.REJECTED, row.source().cells(), violations));
            } else if (valid.containsKey(parsed.credit().creditId())) {
                failures.add(repeated(rowNumber, parsed.credit(), valid.get(parsed.credit().creditId()).rowNumber()));
            } else {
                valid.put(parsed.credit().creditId(), new CreditStore.NumberedCredit(rowNumber, parsed.credit()));
            }
        }
        Map<String, CreditStore.Stored> stored = credits.find(runId, valid.keySet());
        List<CreditStore.NumberedCredit> fresh = new ArrayList<>();
        List<CreditStore.NumberedCredit> lines = new ArrayList<>();
        for (CreditStore.NumberedCredit line : valid.values()) {
            String id = line.credit().creditId();
            Integer earlierRow = stored.containsKey(id) ? stored.get(id).rowInRun() : null;
            Credit known = stored.containsKey(id) ? stored.get(id).credit() : null;
            if (earlierRow != null && earlierRow == line.rowNumber()) {
                continue; // this very line was committed before a restart
            }
            if (earlierRow != null) {
                failures.add(repeated(line.rowNumber(), line.credit(), earlierRow));
            } else if (known != null && !known.sameAs(line.credit())) {
                failures.add(new RowFailure(line.rowNumber(), Outcome.DUPLICATE, List.of(), List.of(new Violation(
                        "credit_id", CreditRules.CREDIT_ID_CONFLICT, "credit id " + id + " was loaded before from"
                        + " another ledger with other values; the stored credit is kept", id))));
            } else {
                if (known == null) {
                    fresh.add(line);
                }
                lines.add(line);
            }
        }
        Set<String> credited = new HashSet<>(credits.creditedSerials(fresh.stream().map(n -> n.credit().serial()).toList()));
        List<CreditStore.NumberedCredit> firstOfSerial = new ArrayList<>();
        for (CreditStore.NumberedCredit line : fresh) {
            if (credited.add(line.credit().serial())) {
                firstOfSerial.add(line);
            }
        }
        credits.insert(runId, fileNo, fresh, firstOfSerial, LocalDateTime.now(clock));
        credits.addLines(runId, fileNo, lines);
        outcomes.record(runId, fileNo, failures);
    }

    private static RowFailure repeated(int rowNumber, Credit credit, int firstRow) {
        return new RowFailure(rowNumber, Outcome.DUPLICATE, List.of(), List.of(new Violation("credit_id",
                CreditRules.CREDIT_ID_REPEATED, "credit id " + credit.creditId() + " appears earlier in this ledger"
                + " (row " + firstRow + "); the first line is kept", credit.creditId())));
    }
}
