package com.tmip.cases;

import com.tmip.run.CaseCounts;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds and opens cases by group. */
@Repository
public class CaseStore {

    private static final int OPEN_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final CaseIdAllocator ids;
    private final TransactionTemplate savepoint;

    public CaseStore(JdbcTemplate jdbc, CaseIdAllocator ids, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The existing case of each group that has one: point look-ups on the group's unique index. */
    public Map<CaseGroup, String> find(Collection<CaseGroup> groups) {
        Map<CaseGroup, String> found = new HashMap<>();
        if (groups.isEmpty()) {
            return found;
        }
        jdbc.execute((java.sql.Connection con) -> {
            try (PreparedStatement statement = con.prepareStatement(
                    "SELECT case_id FROM tmip_case WHERE account_id = ? AND disposition = ? AND reference = ?")) {
                for (CaseGroup g : groups) {
                    statement.setString(1, g.accountId());
                    statement.setString(2, g.disposition().name());
                    statement.setString(3, g.reference());
                    try (ResultSet rs = statement.executeQuery()) {
                        if (rs.next()) {
                            found.put(g, rs.getString(1));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    /**
     * Opens one case per group (in the given order) unless another process opened it meanwhile, in which case that
     * one is found. Each attempt runs in a savepoint of the caller's transaction: a group or day-counter row
     * inserted by a concurrent run makes only the attempt roll back, after which the groups are looked up again.
     */
    public Map<CaseGroup, String> openOrFind(Collection<CaseGroup> groups, String runId, LocalDateTime now) {
        Map<CaseGroup, String> cases = new HashMap<>();
        Set<CaseGroup> missing = new LinkedHashSet<>(groups);
        for (int attempt = 1; !missing.isEmpty(); attempt++) {
            try {
                cases.putAll(savepoint.execute(status -> open(missing, runId, now)));
                missing.clear();
            } catch (DuplicateKeyException e) {
                if (attempt == OPEN_ATTEMPTS) {
                    throw e;
                }
                Map<CaseGroup, String> found = find(missing);
                cases.putAll(found);
                missing.removeAll(found.keySet());
            }
        }
        return cases;
    }

    private Map<CaseGroup, String> open(Collection<CaseGroup> groups, String runId, LocalDateTime now) {
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
                    TmipCaseValues.CLOUD_MARKETPLACE, at, runId});
        }
        jdbc.batchUpdate("""
                INSERT INTO tmip_case (case_id, account_id, disposition, reference, synopsis, description, case_type,
                                       series, cloud_marketplace, created_at, created_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return opened;
    }

    /**
     * As {@link #countsForRun(String, boolean)}, from the ids of the cases the run's items went to when the caller
     * has them already (null when it has not): then only the cases the run opened are counted here.
     */
    public CaseCounts countsForRun(String runId, boolean dryRun, Set<String> touchedCaseIds) {
        if (touchedCaseIds == null) {
            return countsForRun(runId, dryRun);
        }
        long created = dryRun
                ? touchedCaseIds.stream().filter(id -> id.startsWith(CaseResolver.DRY_RUN_CASE)).count()
                : jdbc.queryForObject("SELECT COUNT(*) FROM tmip_case WHERE created_run_id = ?", Long.class, runId);
        return new CaseCounts(created, touchedCaseIds.size() - created);
    }

    /** How many cases a run opened, and to how many existing ones it added items (a dry run: would have). */
    public CaseCounts countsForRun(String runId, boolean dryRun) {
        if (dryRun) {
            return jdbc.queryForObject("""
                            SELECT COUNT(DISTINCT CASE WHEN case_id LIKE ? THEN case_id END),
                                   COUNT(DISTINCT CASE WHEN case_id NOT LIKE ? THEN case_id END)
                            FROM dry_run_item WHERE run_id = ?""",
                    (rs, i) -> new CaseCounts(rs.getLong(1), rs.getLong(2)),
                    CaseResolver.DRY_RUN_CASE + "%", CaseResolver.DRY_RUN_CASE + "%", runId);
        }
        long created = jdbc.queryForObject("SELECT COUNT(*) FROM tmip_case WHERE created_run_id = ?", Long.class, runId);
        long touched = jdbc.queryForObject("SELECT COUNT(DISTINCT case_id) FROM equipment_item WHERE run_id = ?",
                Long.class, runId);
        return new CaseCounts(created, touched - created);
    }


}
