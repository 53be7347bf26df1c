package com.tmip.db;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Looks up the rows of a chunk's keys: the one way every job asks "which of these keys are stored already".
 *
 * <p>On PostgreSQL the keys travel as one array parameter and each is joined to the table through a
 * {@code LATERAL} subquery that the planner cannot flatten ({@code OFFSET 0}); the only plans it can choose probe
 * the key's index once per key, so the cost of a chunk does not grow with the table. The statement is never
 * kept as a server-side prepared statement ({@code prepareThreshold} 0 on it), so it is planned for the table's
 * current size at every chunk, never from a plan cached while the table was small and its statistics empty
 * (which is what made the plain {@code IN (?, ?, …)} list scan the whole table per chunk). Elsewhere (the embedded
 * HSQLDB) a plain {@code IN} list, which HSQLDB always answers from the index.
 */
@Component
public class KeyLookup {

    /** Keys per {@code IN} list on databases other than PostgreSQL. */
    private static final int IN_LIST = 1000;

    /**
     * One look-up: {@code SELECT columns FROM from WHERE key = <each key> [AND where]}. {@code from} (a table, or
     * a join whose {@code ?} parameters are {@code fromArgs}) and {@code where} (with {@code whereArgs}) narrow it.
     */
    public record Query(String columns, String from, List<Object> fromArgs, String key, String where,
                        List<Object> whereArgs) {

        public Query {
            fromArgs = List.copyOf(fromArgs);
            whereArgs = List.copyOf(whereArgs);
        }

        /** {@code SELECT columns FROM table WHERE key = <each key>}. */
        public static Query of(String columns, String table, String key) {
            return new Query(columns, table, List.of(), key, null, List.of());
        }

        /** The same look-up from a join whose parameters are {@code args}. */
        public static Query join(String columns, String from, String key, Object... args) {
            return new Query(columns, from, List.of(args), key, null, List.of());
        }

        /** The same look-up, narrowed by one more condition. */
        public Query and(String condition, Object... args) {
            List<Object> all = new ArrayList<>(whereArgs);
            Collections.addAll(all, args);
            return new Query(columns, from, fromArgs, key, where == null ? condition : where + " AND " + condition,
                    all);
        }

        private String whereClause() {
            return where == null ? "" : " AND " + where;
        }
    }

    private final JdbcTemplate jdbc;
    private final Vendor vendor;

    public KeyLookup(JdbcTemplate jdbc, Vendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** Hands each stored row of those keys to {@code rows}; keys that are not stored give no row. */
    public void forEach(Query query, Collection<String> keys, RowCallbackHandler rows) {
        if (keys.isEmpty()) {
            return;
        }
        if (vendor.isPostgres()) {
            String sql = "SELECT t.* FROM unnest(CAST(? AS text[])) AS k(key) CROSS JOIN LATERAL (SELECT "
                    + query.columns() + " FROM " + query.from() + " WHERE " + query.key() + " = k.key"
                    + query.whereClause() + " OFFSET 0) AS t";
            jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql);
                if (statement.isWrapperFor(PGStatement.class)) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
                int next = bind(statement, 2, query.fromArgs());
                bind(statement, next, query.whereArgs());
                return statement;
            }, rows);
            return;
        }
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += IN_LIST) {
            List<String> part = all.subList(start, Math.min(all.size(), start + IN_LIST));
            String sql = "SELECT " + query.columns() + " FROM " + query.from() + " WHERE " + query.key() + " IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")" + query.whereClause();
            List<Object> args = new ArrayList<>(query.fromArgs());
            args.addAll(part);
            args.addAll(query.whereArgs());
            jdbc.query(sql, rows, args.toArray());
        }
    }

    /** Binds {@code args} from parameter {@code first} on; returns the next parameter's index. */
    private static int bind(PreparedStatement statement, int first, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(first + i, args.get(i));
        }
        return first + args.size();
    }
}
