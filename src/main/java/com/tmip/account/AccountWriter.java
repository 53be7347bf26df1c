package com.tmip.account;

import com.tmip.report.RowOutcomes;
import com.tmip.row.DuplicatePolicy;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.MappedRow;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one chunk of an accounts file in the chunk's transaction: rows with a blank or too long value as
 * rejected, an id already seen in the file (earlier in the chunk, or in a committed chunk) as a duplicate, and
 * the rest inserted or updated by id.
 */
class AccountWriter implements ItemWriter<MappedRow<AccountRow>> {

    private final String runId;
    private final AccountStore accounts;
    private final RowOutcomes outcomes;
    private final Clock clock;

    AccountWriter(String runId, AccountStore accounts, RowOutcomes outcomes, Clock clock) {
        this.runId = runId;
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends MappedRow<AccountRow>> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        List<MappedRow<AccountRow>> valid = new ArrayList<>();
        for (MappedRow<AccountRow> row : chunk) {
            List<Violation> violations = new ArrayList<>(row.source().problemViolations());
            violations.addAll(row.row().violations());
            if (!violations.isEmpty()) {
                failures.add(new RowFailure(row.source().rowNumber(), Outcome.REJECTED, row.source().cells(), violations));
            } else {
                valid.add(row);
            }
        }
        DuplicatePolicy.Chunk<String, MappedRow<AccountRow>> byId = DuplicatePolicy.firstInChunk(valid,
                row -> row.row().account().accountId());
        List<MappedRow<AccountRow>> repeats = new ArrayList<>();
        byId.repeats().forEach(repeat -> repeats.add(repeat.row()));
        Set<String> earlier = new HashSet<>(accounts.writtenByRun(runId, byId.firsts().keySet()));
        List<Account> fresh = new ArrayList<>();
        for (MappedRow<AccountRow> row : byId.firsts().values()) {
            if (earlier.contains(row.row().account().accountId())) {
                repeats.add(row); // an earlier chunk of the file holds the id: an accounts run has one file
            } else {
                fresh.add(row.row().account());
            }
        }
        for (MappedRow<AccountRow> repeat : repeats) {
            failures.add(new RowFailure(repeat.source().rowNumber(), Outcome.DUPLICATE, repeat.source().cells(),
                    List.of(new Violation(AccountImport.ACCOUNT_ID, AccountRuleCode.DUPLICATE_IN_FILE, "account id "
                            + repeat.row().account().accountId() + " appears earlier in this file; the first row is kept",
                            repeat.row().accountId()))));
        }
        accounts.upsert(runId, fresh, LocalDateTime.now(clock));
        outcomes.record(runId, 1, failures);
    }
}
