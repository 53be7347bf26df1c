package com.tmip.equipment;

import com.tmip.db.Vendor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Array;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes the duplicate check and the registration of a serial atomic between the partitions of a run, which write
 * at the same time: without it two chunks could both find a serial free and the second insert would fail the
 * chunk. Held until the chunk's transaction ends. On PostgreSQL, one transaction-scoped advisory lock per serial
 * (taken in a fixed order, so chunks cannot deadlock on them; other hosts' workers take the same locks); on the
 * embedded database, where partitions are threads of one process, one lock for the chunk's writes.
 * Unpartitioned imports do not use this: they have one writer per file.
 */
@Component
public class SerialLocks {

    /** The first key of the two-int advisory locks on serials (RunLock uses the one-bigint key space). */
    private static final int NAMESPACE = 8_808;
    /**
     * The two-int advisory lock that guards storing CoD files, which partitions of a run may verify at once: a key
     * space of its own, so no serial's hash can meet it (a made-up serial cannot be sent as text: it held a NUL).
     */
    private static final int COD_ATTACHMENTS_NAMESPACE = 8_809;
    private static final int COD_ATTACHMENTS_KEY = 1;

    private final JdbcTemplate jdbc;
    private final Vendor vendor;
    private final ReentrantLock local = new ReentrantLock(true);

    public SerialLocks(JdbcTemplate jdbc, Vendor vendor) {
        this.vendor = vendor;
        this.jdbc = jdbc;
    }

    /** Locks these serials until the current transaction commits or rolls back. */
    public void lock(Collection<String> serials) {
        if (serials.isEmpty()) {
            return;
        }
        if (vendor.isPostgres()) {
            jdbc.query("SELECT pg_advisory_xact_lock(" + NAMESPACE + ", k) FROM"
                            + " (SELECT DISTINCT hashtext(s) AS k FROM unnest(?) AS s ORDER BY k) AS keys",
                    ps -> {
                        Array array = ps.getConnection().createArrayOf("text", serials.toArray());
                        ps.setArray(1, array);
                    }, rs -> {
                    });
            return;
        }
        lockLocal();
    }

    /**
     * Locks the storing of CoD files until the current transaction ends. Take it after {@link #lock(Collection)}:
     * always last, so two chunks cannot deadlock on it.
     */
    public void lockCodAttachments() {
        if (vendor.isPostgres()) {
            jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", ps -> {
                ps.setInt(1, COD_ATTACHMENTS_NAMESPACE);
                ps.setInt(2, COD_ATTACHMENTS_KEY);
            }, rs -> {
            });
            return;
        }
        lockLocal();
    }

    private void lockLocal() {
        if (local.isHeldByCurrentThread()) {
            return;
        }
        local.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                local.unlock();
            }
        });
    }
}
