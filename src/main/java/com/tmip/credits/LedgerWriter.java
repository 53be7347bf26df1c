package com.tmip.credits;

import com.tmip.report.RowOutcomes;
import com.tmip.row.DuplicatePolicy;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a chunk of checked ledger lines in the chunk's transaction: malformed lines as rejected rows, a credit_id repeated
 * in the ledger or loaded before with other values as a duplicate row, every other line as a line of the run (a
 * new credit is stored; one loaded before with the same values is reconciled again). The first credit of a serial
 * is recorded in {@code credit_serial}; that is what makes later credits of it {@code DUPLICATE_CREDIT}. Every
 * line not accepted is also kept with its cells as written ({@code credit_rejected_line}), for the reconciliation
 * to list it as {@code LINE_REJECTED} and count its amount.
 */
class LedgerWriter implements ItemWriter<CheckedLedgerLine> {

    private final String runId;
    private final int fileNo;
    private final CreditStore credits;
    private final RowOutcomes outcomes;
    private final Clock clock;
    private final DuplicatePolicy duplicates;

    LedgerWriter(String runId, int fileNo, CreditStore credits, RowOutcomes outcomes, Clock clock) {
        this.runId = runId;
        this.fileNo = fileNo;
        this.credits = credits;
        this.outcomes = outcomes;
        this.clock = clock;
        this.duplicates = new DuplicatePolicy(runId, fileNo);
    }

    @Override
    public void write(Chunk<? extends CheckedLedgerLine> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        List<CreditStore.NumberedCredit> parsedLines = new ArrayList<>();
        Map<Integer, CheckedLedgerLine> byRow = new HashMap<>();
        for (CheckedLedgerLine row : chunk) {
            byRow.put(row.source().rowNumber(), row);
            CreditParser.Parsed parsed = row.parsed();
            int rowNumber = row.source().rowNumber();
            if (parsed.credit() == null || !row.source().problems().isEmpty()) {
                List<Violation> violations = new ArrayList<>(row.source().problemViolations());
                violations.addAll(parsed.violations());
                failures.add(new RowFailure(rowNumber, Outcome.REJECTED, row.source().cells(), violations));
            } else {
                parsedLines.add(new CreditStore.NumberedCredit(rowNumber, parsed.credit()));
            }
        }
        DuplicatePolicy.Chunk<String, CreditStore.NumberedCredit> byId = DuplicatePolicy.firstInChunk(parsedLines,
                line -> line.credit().creditId());
        for (DuplicatePolicy.Repeat<CreditStore.NumberedCredit> repeat : byId.repeats()) {
            failures.add(repeated(repeat.row().rowNumber(), repeat.row().credit(), repeat.first().rowNumber()));
        }
        Map<String, CreditStore.Stored> stored = credits.find(runId, byId.firsts().keySet());
        List<CreditStore.NumberedCredit> fresh = new ArrayList<>();
        List<CreditStore.NumberedCredit> lines = new ArrayList<>();
        for (CreditStore.NumberedCredit line : byId.firsts().values()) {
            String id = line.credit().creditId();
            CreditStore.Stored known = stored.get(id);
            Integer earlierRow = known == null ? null : known.rowInRun();
            if (earlierRow != null && earlierRow == line.rowNumber()) {
                continue; // this very line was committed before a restart
            }
            DuplicatePolicy.Earlier earlier = known == null ? null
                    : earlierRow != null ? duplicates.here(earlierRow) : DuplicatePolicy.Earlier.elsewhere();
            switch (duplicates.verdict(earlier)) {
                case FIRST -> {
                    fresh.add(line);
                    lines.add(line);
                }
                case DUPLICATE_IN_FILE, DUPLICATE_IN_RUN -> failures.add(repeated(line.rowNumber(), line.credit(),
                        earlierRow));
                case ALREADY_REGISTERED -> {
                    if (known.credit().sameAs(line.credit())) {
                        lines.add(line); // loaded before with the same values: reconciled again
                    } else {
                        failures.add(new RowFailure(line.rowNumber(), Outcome.DUPLICATE, List.of(), List.of(
                                new Violation("credit_id", CreditRuleCode.CREDIT_ID_CONFLICT, "credit id " + id
                                        + " was loaded before from another ledger with other values; the stored"
                                        + " credit is kept", id))));
                    }
                }
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
        credits.insertRejected(runId, fileNo, failures.stream().map(f -> rejected(byRow.get(f.rowNumber()), f)).toList());
    }

    private static CreditStore.RejectedLine rejected(CheckedLedgerLine row, RowFailure failure) {
        String reason = failure.violations().stream().map(v -> v.code() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return new CreditStore.RejectedLine(failure.rowNumber(), row.line(), row.accountId(),
                failure.violations().get(0).code(), reason);
    }

    private static RowFailure repeated(int rowNumber, Credit credit, int firstRow) {
        return new RowFailure(rowNumber, Outcome.DUPLICATE, List.of(), List.of(new Violation("credit_id",
                CreditRuleCode.CREDIT_ID_REPEATED, "credit id " + credit.creditId() + " appears earlier in this ledger"
                + " (row " + firstRow + "); the first line is kept", credit.creditId())));
    }
}
