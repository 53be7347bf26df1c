package com.tmip.returns;

import com.tmip.cases.Disposition;
import com.tmip.cases.ItemState;
import com.tmip.report.RowOutcomes;
import com.tmip.row.DuplicatePolicy;
import com.tmip.row.DuplicatePolicy.Verdict;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.ImportRun;
import com.tmip.run.MappedRow;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one chunk of a returns list in the chunk's transaction. A row is rejected with every failed check: its
 * cells ({@link ReturnRules}), and for a well-formed serial the item it names (not registered, a COD item, or
 * received by an earlier run). Of the rows left, one whose serial appears earlier in the run is a duplicate
 * ({@link DuplicatePolicy}); the rest are recorded and their items become received (in a dry run only recorded).
 * Look-ups are one query per chunk, not per row. A run restricted to one account looks up only that account's items:
 * another account's serial is not registered as far as the run knows.
 */
public class ReturnWriter implements ItemWriter<MappedRow<ReturnRow>> {

    private final ImportRun run;
    private final int fileNo;
    private final ReturnRules rules;
    private final ReturnStore store;
    private final RowOutcomes outcomes;
    private final DuplicatePolicy duplicates;
    private final String onlyAccount;

    public ReturnWriter(ImportRun run, int fileNo, ReturnRules rules, ReturnStore store, RowOutcomes outcomes) {
        this(run, fileNo, rules, store, outcomes, null);
    }

    /** @param onlyAccount the one account whose items the rows may receive, or null for any */
    public ReturnWriter(ImportRun run, int fileNo, ReturnRules rules, ReturnStore store, RowOutcomes outcomes,
                        String onlyAccount) {
        this.onlyAccount = onlyAccount;
        this.run = run;
        this.fileNo = fileNo;
        this.rules = rules;
        this.store = store;
        this.outcomes = outcomes;
        this.duplicates = new DuplicatePolicy(run.runId(), fileNo);
    }

    private record Checked(MappedRow<ReturnRow> row, ReturnCheck check) {

        String serial() {
            return check.serial().value();
        }
    }

    @Override
    public void write(Chunk<? extends MappedRow<ReturnRow>> chunk) {
        List<Checked> checked = new ArrayList<>(chunk.size());
        Set<String> serials = new LinkedHashSet<>();
        for (MappedRow<ReturnRow> row : chunk) {
            ReturnCheck check = rules.check(row.row());
            checked.add(new Checked(row, check));
            if (check.serial() != null) {
                serials.add(check.serial().value());
            }
        }
        Map<String, ReturnStore.Item> items = store.items(serials, onlyAccount);
        Map<String, ReturnStore.Recorded> recorded = store.recordedByRun(run.runId(), serials);
        List<RowFailure> failures = new ArrayList<>();
        List<Checked> valid = new ArrayList<>();
        for (Checked row : checked) {
            List<Violation> violations = new ArrayList<>(row.row().source().problemViolations());
            violations.addAll(row.check().violations());
            if (row.check().serial() != null && !recorded.containsKey(row.serial())) {
                Violation item = itemViolation(row, items.get(row.serial()));
                if (item != null) {
                    violations.add(violations.size() - row.check().violations().size(), item); // the serial's column first
                }
            }
            if (violations.isEmpty()) {
                valid.add(row);
            } else {
                failures.add(new RowFailure(row.row().source().rowNumber(), Outcome.REJECTED,
                        row.row().source().cells(), violations));
            }
        }
        DuplicatePolicy.Chunk<String, Checked> bySerial = DuplicatePolicy.firstInChunk(valid, Checked::serial);
        List<ReturnStore.Return> fresh = new ArrayList<>();
        for (Checked row : bySerial.firsts().values()) {
            ReturnStore.Recorded earlier = recorded.get(row.serial());
            Verdict verdict = duplicates.verdict(earlier == null ? null : earlier(earlier));
            if (verdict == Verdict.FIRST) {
                fresh.add(new ReturnStore.Return(row.serial(), row.row().source().rowNumber(),
                        row.check().receivedOn(), row.check().reference()));
            } else {
                failures.add(duplicate(row, earlier, verdict));
            }
        }
        for (DuplicatePolicy.Repeat<Checked> repeat : bySerial.repeats()) {
            ReturnStore.Recorded earlier = recorded.get(repeat.first().serial());
            if (earlier == null) {
                earlier = new ReturnStore.Recorded(fileNo, repeat.first().row().source().rowNumber());
            }
            failures.add(duplicate(repeat.row(), earlier, duplicates.verdict(earlier(earlier))));
        }
        store.record(run.runId(), fileNo, fresh, run.dryRun());
        outcomes.record(run.runId(), fileNo, failures);
    }

    /** Why the item a well-formed serial names cannot be received; null when it can. */
    private Violation itemViolation(Checked row, ReturnStore.Item item) {
        String serial = row.serial();
        String cell = row.row().row().serialNumber();
        if (item == null) {
            return new Violation(ReturnColumns.SERIAL, ReturnRuleCode.SERIAL_NOT_REGISTERED, "serial " + serial
                    + " is not a registered item: only registered trade-in items can be received", cell);
        }
        if (item.disposition() != Disposition.TRADE_IN) {
            return new Violation(ReturnColumns.SERIAL, ReturnRuleCode.SERIAL_NOT_TRADE_IN, "serial " + serial
                    + " is a COD item of case " + item.caseId() + ": it is destroyed with a Certificate of"
                    + " Destruction, not returned", cell);
        }
        if (item.state() == ItemState.RECEIVED) {
            return new Violation(ReturnColumns.SERIAL, ReturnRuleCode.ALREADY_RECEIVED, "serial " + serial
                    + " of case " + item.caseId() + " was already received on " + item.receivedOn() + " (reference "
                    + item.returnReference() + ", run " + item.receivedRunId() + "); nothing changed", cell);
        }
        return null;
    }

    private RowFailure duplicate(Checked row, ReturnStore.Recorded earlier, Verdict verdict) {
        String serial = row.serial();
        String cell = row.row().row().serialNumber();
        Violation violation = switch (verdict) {
            case DUPLICATE_IN_FILE -> new Violation(ReturnColumns.SERIAL, ReturnRuleCode.DUPLICATE_IN_FILE, "serial "
                    + serial + " appears earlier in this file at row " + earlier.rowNo()
                    + "; the first row is kept", cell);
            case DUPLICATE_IN_RUN -> new Violation(ReturnColumns.SERIAL, ReturnRuleCode.DUPLICATE_IN_RUN, "serial "
                    + serial + " appears in another file of this run (file " + earlier.fileNo() + ", row "
                    + earlier.rowNo() + "); the first row is kept", cell);
            case ALREADY_REGISTERED, FIRST -> throw new IllegalArgumentException("not a duplicate in this run: row "
                    + row.row().source().rowNumber());
        };
        return new RowFailure(row.row().source().rowNumber(), Outcome.DUPLICATE, row.row().source().cells(),
                List.of(violation));
    }

    private DuplicatePolicy.Earlier earlier(ReturnStore.Recorded recorded) {
        return new DuplicatePolicy.Earlier(run.runId(), recorded.fileNo(), recorded.rowNo());
    }
}
