package com.tmip.cases;

import com.tmip.equipment.Disposition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds and opens cases by group, set-based: one query per chunk, never one per row. */
@Repository
public class CaseStore {

    private final JdbcTemplate jdbc;
    private final CaseIdAllocator ids;

    public CaseStore(JdbcTemplate jdbc, CaseIdAllocator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** The existing case of each group that has one. */
    public Map<CaseGroup, String> find(Collection<CaseGroup> groups) {
        Map<CaseGroup, String> found = new HashMap<>();
        if (groups.isEmpty()) {
            return found;
        }
        List<Object> args = new ArrayList<>();
        for (CaseGroup g : groups) {
            args.add(g.accountId());
            args.add(g.disposition().name());
            args.add(g.reference());
        }
        String rows = String.join(", ", Collections.nCopies(groups.size(), "(?, ?, ?)"));
        jdbc.query("SELECT case_id, account_id, disposition, reference FROM tmip_case "
                        + "WHERE (account_id, disposition, reference) IN (" + rows + ")",
                rs -> {
                    found.put(new CaseGroup(rs.getString(2), Disposition.valueOf(rs.getString(3)), rs.getString(4)),
                            rs.getString(1));
                }, args.toArray());
        return found;
    }

    /** Opens one case per group with the fixed TMIP values and new IDs of {@code now}'s day. */
    public Map<CaseGroup, String> open(Collection<CaseGroup> groups, LocalDateTime now) {
        Map<CaseGroup, String> opened = new HashMap<>();
        if (groups.isEmpty()) {
            return opened;
        }
        Iterator<String> newIds = ids.allocate(now.toLocalDate(), groups.size()).iterator();
        List<Object[]> rows = new ArrayList<>();
        Timestamp at = Timestamp.valueOf(now);
        for (CaseGroup g : groups) {
            String id = newIds.next();
            opened.put(g, id);
            rows.add(new Object[]{id, g.accountId(), g.disposition().name(), g.reference(), TmipCaseValues.SYNOPSIS,
                    TmipCaseValues.DESCRIPTION, TmipCaseValues.CASE_TYPE, TmipCaseValues.SERIES,
                    TmipCaseValues.CLOUD_MARKETPLACE, at, at});
        }
        jdbc.batchUpdate("""
                INSERT INTO tmip_case (case_id, account_id, disposition, reference, synopsis, description, case_type,
                                       series, cloud_marketplace, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return opened;
    }

    /** Marks existing cases as updated now (items were added to them). */
    public void touch(Collection<String> caseIds, LocalDateTime now) {
        if (caseIds.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.valueOf(now);
        jdbc.batchUpdate("UPDATE tmip_case SET updated_at = ? WHERE case_id = ?",
                caseIds.stream().map(id -> new Object[]{at, id}).toList());
    }

    /**
     * Records that a run created or added to these cases (for the summary's created/updated counts); cases the run
     * has already recorded are left as they are.
     */
    public void recordForRun(String runId, Map<String, Boolean> createdByCaseId) {
        if (createdByCaseId.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        args.add(runId);
        args.addAll(createdByCaseId.keySet());
        Set<String> known = new HashSet<>(jdbc.queryForList("SELECT case_id FROM run_case WHERE run_id = ? AND case_id IN ("
                + String.join(", ", Collections.nCopies(createdByCaseId.size(), "?")) + ")", String.class, args.toArray()));
        List<Object[]> rows = createdByCaseId.entrySet().stream()
                .filter(e -> !known.contains(e.getKey()))
                .map(e -> new Object[]{runId, e.getKey(), e.getValue()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO run_case (run_id, case_id, created) VALUES (?, ?, ?)", rows);
        }
    }
}
