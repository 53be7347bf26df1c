package com.tmip.equipment;

import com.tmip.cases.CaseGroup;
import com.tmip.cases.CaseResolver;
import com.tmip.cod.CodAttachmentStore;
import com.tmip.cod.CodDocuments;
import com.tmip.equipment.rules.EquipmentRuleCode;
import com.tmip.report.RowOutcomes;
import com.tmip.row.DuplicatePolicy;
import com.tmip.row.DuplicatePolicy.Verdict;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.ImportRun;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one chunk of checked rows in the chunk's transaction: rejected rows with all their failures; duplicates
 * (a serial already registered, or seen earlier in the run) with the case that holds the serial; and the rest as
 * items of their case, opening the cases that do not exist yet. Look-ups are one query per chunk, not per row.
 * The CoD files first verified while this chunk was processed are stored (once, by hash) in the same transaction,
 * so a chunk that rolls back leaves no attachment behind and a restart verifies and stores them again.
 * In a dry run the same happens against {@code dry_run_item}, and no CoD is stored.
 */
public class RegistrationWriter implements ItemWriter<CheckedRow>, ItemStream {

    private final ImportRun run;
    private final int fileNo;
    private final ItemStore items;
    private final CaseResolver cases;
    private final RowOutcomes outcomes;
    private final CodDocuments codDocuments;
    private final CodAttachmentStore attachments;
    private final Clock clock;
    private final SerialLocks locks;
    private final DuplicatePolicy duplicates;

    public RegistrationWriter(ImportRun run, int fileNo, ItemStore items, CaseResolver cases, RowOutcomes outcomes,
                              CodDocuments codDocuments, CodAttachmentStore attachments, Clock clock) {
        this(run, fileNo, items, cases, outcomes, codDocuments, attachments, clock, null);
    }

    /** @param locks for a partition, which writes at the same time as the others of its run; null otherwise */
    public RegistrationWriter(ImportRun run, int fileNo, ItemStore items, CaseResolver cases, RowOutcomes outcomes,
                              CodDocuments codDocuments, CodAttachmentStore attachments, Clock clock,
                              SerialLocks locks) {
        this.locks = locks;
        this.duplicates = new DuplicatePolicy(run.runId(), fileNo);
        this.run = run;
        this.fileNo = fileNo;
        this.items = items;
        this.cases = cases;
        this.outcomes = outcomes;
        this.codDocuments = codDocuments;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        List<CheckedRow> valid = new ArrayList<>();
        for (CheckedRow row : chunk) {
            RowCheck check = row.check();
            if (!check.isValid()) {
                failures.add(new RowFailure(row.source().rowNumber(), Outcome.REJECTED, row.source().cells(),
                        check.violations()));
            } else {
                valid.add(row);
            }
        }
        DuplicatePolicy.Chunk<String, CheckedRow> bySerial = DuplicatePolicy.firstInChunk(valid,
                row -> row.check().registration().serial());
        if (locks != null) {
            locks.lock(bySerial.firsts().keySet());
        }
        Map<String, ItemStore.Holder> holders = items.holders(bySerial.firsts().keySet(),
                run.dryRun() ? run.runId() : null);
        List<Registration> fresh = new ArrayList<>();
        List<CheckedRow> registeredBefore = new ArrayList<>();
        for (CheckedRow row : bySerial.firsts().values()) {
            ItemStore.Holder holder = holders.get(row.check().registration().serial());
            Verdict verdict = duplicates.verdict(holder == null ? null : earlier(holder));
            if (verdict == Verdict.FIRST) {
                fresh.add(row.check().registration());
            } else if (verdict == Verdict.ALREADY_REGISTERED) {
                registeredBefore.add(row);
            } else {
                failures.add(duplicate(row, holder, verdict));
            }
        }
        for (DuplicatePolicy.Repeat<CheckedRow> repeat : bySerial.repeats()) {
            ItemStore.Holder holder = holders.get(repeat.first().check().registration().serial());
            if (holder != null && duplicates.verdict(earlier(holder)) == Verdict.ALREADY_REGISTERED) {
                registeredBefore.add(repeat.row());
            }
        }
        failures.addAll(alreadyRegistered(registeredBefore, holders));
        Map<Registration, String> caseIds = assignCases(fresh);
        if (run.dryRun()) {
            codDocuments.takeVerifiedBytes(); // checked, never stored
            items.registerDry(run.runId(), fileNo, fresh, caseIds);
        } else {
            LocalDateTime now = LocalDateTime.now(clock);
            var verified = codDocuments.takeVerifiedBytes();
            if (locks != null && !verified.isEmpty()) {
                locks.lockCodAttachments(); // taken last: two partitions storing one CoD // taken last: two partitions storing one CoD
            }
            attachments.attach(verified, run.runId(), now);
            items.register(run.runId(), fileNo, fresh, caseIds, now);
        }
        for (DuplicatePolicy.Repeat<CheckedRow> repeat : bySerial.repeats()) {
            Registration first = repeat.first().check().registration();
            ItemStore.Holder holder = holders.get(first.serial());
            if (holder != null && duplicates.verdict(earlier(holder)) == Verdict.ALREADY_REGISTERED) {
                continue; // among the rows registered before, above
            }
            if (holder == null) {
                holder = new ItemStore.Holder(caseIds.get(first), run.runId(), fileNo, first.rowNumber());
            }
            failures.add(duplicate(repeat.row(), holder, duplicates.verdict(earlier(holder))));
        }
        outcomes.record(run.runId(), fileNo, failures);
    }

    /**
     * The duplicates of serials an earlier run registered; a row whose values are exactly what that run registered
     * (the same file delivered again) is marked as repeating it: nothing new, not a failure. A serial held for
     * another account, or with any value changed, stays a plain duplicate.
     */
    private List<RowFailure> alreadyRegistered(List<CheckedRow> rows, Map<String, ItemStore.Holder> holders) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Registration> bySerial = new HashMap<>();
        for (CheckedRow row : rows) {
            Registration r = row.check().registration();
            bySerial.putIfAbsent(r.serial(), r); // the first row of a serial is compared; the others with it
        }
        Map<String, String> same = items.sameAsRegistered(bySerial);
        List<RowFailure> failures = new ArrayList<>(rows.size());
        for (CheckedRow row : rows) {
            Registration r = row.check().registration();
            RowFailure failure = duplicate(row, holders.get(r.serial()), Verdict.ALREADY_REGISTERED);
            String repeated = same(bySerial.get(r.serial()), r) ? same.get(r.serial()) : null;
            failures.add(repeated == null ? failure : failure.repeating(repeated));
        }
        return failures;
    }

    /** Whether two rows register the same values (their row numbers aside). */
    private static boolean same(Registration a, Registration b) {
        return a != null && b != null && a.accountId().equals(b.accountId()) && a.disposition() == b.disposition()
                && Objects.equals(a.reference(), b.reference())
                && Objects.equals(a.platform(), b.platform())
                && Objects.equals(a.codFile(), b.codFile())
                && Objects.equals(a.orderDate(), b.orderDate())
                && Objects.equals(a.contact(), b.contact());
    }

    /** The case of each registration: existing ones found, missing ones opened (or, in a dry run, named). */
    private Map<Registration, String> assignCases(List<Registration> fresh) {
        Set<CaseGroup> groups = new LinkedHashSet<>();
        for (Registration r : fresh) {
            groups.add(group(r));
        }
        Map<CaseGroup, String> caseByGroup = cases.resolve(groups);
        Map<Registration, String> caseIds = new HashMap<>();
        fresh.forEach(r -> caseIds.put(r, caseByGroup.get(group(r))));
        return caseIds;
    }

    private RowFailure duplicate(CheckedRow row, ItemStore.Holder holder, Verdict verdict) {
        Registration r = row.check().registration();
        String where = holder.caseId() == null || holder.caseId().startsWith(CaseResolver.DRY_RUN_CASE)
                ? "a new case" : "case " + holder.caseId();
        String cell = row.check().row().serialNumber();
        Violation violation = switch (verdict) {
            case DUPLICATE_IN_FILE -> new Violation("serial_number", EquipmentRuleCode.DUPLICATE_IN_FILE, "serial "
                    + r.serial() + " appears earlier in this file at row " + holder.rowNo() + " (registered in "
                    + where + ")", cell);
            case DUPLICATE_IN_RUN -> new Violation("serial_number", EquipmentRuleCode.DUPLICATE_IN_RUN, "serial "
                    + r.serial() + " appears in another file of this import (file " + holder.fileNo() + ", row "
                    + holder.rowNo() + ", registered in " + where + ")", cell);
            case ALREADY_REGISTERED -> new Violation("serial_number", EquipmentRuleCode.ALREADY_REGISTERED, "serial "
                    + r.serial() + " is already registered in " + where, cell);
            case FIRST -> throw new IllegalArgumentException("not a duplicate: row " + r.rowNumber());
        };
        return new RowFailure(row.source().rowNumber(), Outcome.DUPLICATE, row.source().cells(), List.of(violation));
    }

    private static DuplicatePolicy.Earlier earlier(ItemStore.Holder holder) {
        return new DuplicatePolicy.Earlier(holder.runId(), holder.fileNo(), holder.rowNo());
    }

    private static CaseGroup group(Registration r) {
        return new CaseGroup(r.accountId(), r.disposition(), r.reference());
    }
}
