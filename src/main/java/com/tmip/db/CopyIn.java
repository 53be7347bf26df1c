package com.tmip.db;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk insert through PostgreSQL's {@code COPY … FROM STDIN} on the transaction's own connection: about 2.5 times
 * faster than a batch of {@code INSERT}s for a chunk of rows, and as atomic (a key violation fails the whole
 * statement, and the chunk's transaction rolls it back with the rest).
 */
@Component
public class CopyIn {

    private final JdbcTemplate jdbc;

    public CopyIn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts {@code rows} into {@code table}'s {@code columns}; each value is null, a number, or anything whose
     * {@code toString()} is the column's text form (dates and timestamps as JDBC prints them). Returns the rows
     * copied.
     */
    public long copy(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        });
        return copied == null ? 0 : copied;
    }

    /** A CSV field: nothing for null (COPY's NULL), numbers as they are, any other value quoted. */
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number) {
            csv.append(value);
            return;
        }
        String text = value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }
}
