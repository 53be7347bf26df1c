package com.tmip.run;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Makes sure only one live process works on a given input at a time. The embedded HSQLDB file is locked by the
 * process that opens it, so there the lock is free. On PostgreSQL it is a session advisory lock on the input's
 * key, held on its own connection for the whole run: it dies with the process, so a run that is still marked as
 * running while we hold its lock belongs to a process that died. Advisory locks are shared by every schema of a
 * database, so the key mixes in the schema the tool works in: two installations in two schemas of one database
 * never refuse each other's runs.
 */
@Component
public class RunLock {

    private final DataSource dataSource;
    private final boolean embedded;

    public RunLock(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        this.dataSource = dataSource;
        this.embedded = url.startsWith("jdbc:hsqldb:");
    }

    /** Takes the lock for {@code inputKey}, or throws {@link RunRefusedException} if a live process holds it. */
    public Lease acquire(String inputKey) {
        if (embedded) {
            return () -> {
            };
        }
        try {
            Connection connection = dataSource.getConnection();
            long key = key(connection, inputKey);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        connection.close();
                        throw new RunRefusedException("another tmip process is importing the same input right now;"
                                + " nothing was done (run the command again once it has finished)");
                    }
                }
            }
            return () -> {
                try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                } catch (SQLException e) {
                    // closing the connection releases the lock as well
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
        }
    }

    /**
     * True when a live process holds the lock of {@code inputKey}, that is, is running that input now. On the
     * embedded database no other process can be (the database file is locked by the process that opened it).
     */
    public boolean isHeld(String inputKey) {
        if (embedded) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            long key = key(connection, inputKey);
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return true;
                }
            }
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the run lock: " + e.getMessage(), e);
        }
    }

    /** The advisory-lock key of an input in the connection's schema: 60 bits of SHA-256(schema, input key). */
    static long key(Connection connection, String inputKey) throws SQLException {
        String schema = String.valueOf(connection.getSchema());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((schema + "\n" + inputKey).getBytes(StandardCharsets.UTF_8));
            return Long.parseUnsignedLong(HexFormat.of().formatHex(digest).substring(0, 15), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A held lock; closing releases it. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
