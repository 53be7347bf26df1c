package com.tmip.cases;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives each group of a chunk its case, opening the cases that do not exist yet (or, in a dry run, naming them
 * with a placeholder). Groups already resolved in this run come from a bounded cache that learns a case only once
 * the chunk that found or opened it has committed, so a rolled-back chunk never leaves a case behind in memory.
 */
public final class CaseResolver {

    /** Prefix of the placeholder ids a dry run gives the cases it would open. */
    public static final String DRY_RUN_CASE = "DRY-";
    private static final int CACHE_SIZE = 100_000;

    private final CaseStore store;
    private final String runId;
    private final boolean dryRun;
    private final Clock clock;
    private final Map<CaseGroup, String> known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CaseGroup, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public CaseResolver(CaseStore store, String runId, boolean dryRun, Clock clock) {
        this.store = store;
        this.runId = runId;
        this.dryRun = dryRun;
        this.clock = clock;
    }

    /** The case of each group, in the chunk's transaction; new cases are numbered in the groups' order. */
    public Map<CaseGroup, String> resolve(Collection<CaseGroup> groups) {
        Map<CaseGroup, String> cases = new HashMap<>();
        Set<CaseGroup> unknown = new LinkedHashSet<>();
        for (CaseGroup group : groups) {
            String caseId = known.get(group);
            if (caseId == null) {
                unknown.add(group);
            } else {
                cases.put(group, caseId);
            }
        }
        Map<CaseGroup, String> learned = new HashMap<>(store.find(unknown));
        unknown.removeAll(learned.keySet());
        if (dryRun) {
            unknown.forEach(g -> learned.put(g, placeholder(g)));
        } else {
            learned.putAll(store.openOrFind(unknown, runId, LocalDateTime.now(clock)));
        }
        cases.putAll(learned);
        afterCommit(() -> known.putAll(learned));
        return cases;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** A stable placeholder for a case a dry run would open: the same group always gets the same one. */
    static String placeholder(CaseGroup g) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (g.accountId() + '\u0000' + g.disposition() + '\u0000' + g.reference()).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder(DRY_RUN_CASE);
            for (int i = 0; i < 10; i++) {
                id.append(String.format("%02x", digest[i]));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
