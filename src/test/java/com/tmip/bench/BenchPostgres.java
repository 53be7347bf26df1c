package com.tmip.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark's PostgreSQL databases: one fresh database per timed run ({@code tmip_bench_<name>}), created and
 * dropped through the server's maintenance connection ({@code bench.postgres}, default the {@code test} database
 * on 127.0.0.1:5432 as user postgres), so every import starts from an empty, never analyzed schema, as a new
 * installation does.
 */
final class BenchPostgres {

    private final String adminUrl;
    private final Set<String> created = new LinkedHashSet<>();

    BenchPostgres(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** Null when the server answers, else why not. */
    String unreachable() {
        try (Connection ignored = connect()) {
            return null;
        } catch (SQLException e) {
            return adminUrl + ": " + e.getMessage();
        }
    }

    /** The JDBC URL of database {@code name}, with the settings the product's PostgreSQL profile uses. */
    String url(String name) {
        String server = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1);
        return server + database(name) + "?reWriteBatchedInserts=true";
    }

    boolean exists(String name) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database(name));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Drops database {@code name} if it exists and creates it empty; returns its URL. */
    String create(String name) throws SQLException {
        drop(name);
        execute("CREATE DATABASE " + database(name));
        created.add(name);
        return url(name);
    }

    void drop(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + database(name));
        } catch (SQLException e) {
            if (unreachable() == null) {
                throw new IllegalStateException("could not drop " + database(name), e);
            }
        }
        created.remove(name);
    }

    /** Drops the databases this benchmark created (they hold a million rows each). */
    void dropAll() {
        for (String name : Set.copyOf(created)) {
            drop(name);
        }
    }

    private static String database(String name) {
        return "tmip_bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(adminUrl, "postgres", "");
    }
}
