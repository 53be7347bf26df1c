package com.tmip.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database for one test: an embedded HSQLDB file, or a fresh schema in the PostgreSQL on this machine
 * (127.0.0.1:5432, user postgres, database test; override with TMIP_TEST_POSTGRES_URL). Without PostgreSQL the
 * PostgreSQL tests skip with a message, except on CI (CI=true), where they fail.
 */
public interface Database extends AutoCloseable {

    String url();

    String user();

    @Override
    void close();

    static Database hsqldb(Path home) {
        String url = "jdbc:hsqldb:file:" + home.resolve("data/tmip") + ";shutdown=true;hsqldb.default_table_type=cached";
        return new Database() {
            public String url() {
                return url;
            }

            public String user() {
                return "SA";
            }

            public void close() {
            }
        };
    }

    static Database postgres() {
        String server = System.getenv().getOrDefault("TMIP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "tmip_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + server + " is not reachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": on CI the PostgreSQL tests must run");
            }
            System.err.println("SKIPPED: " + message + "; PostgreSQL tests skipped");
            Assumptions.abort(message + "; PostgreSQL tests skipped");
        }
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
        return new Database() {
            public String url() {
                return url;
            }

            public String user() {
                return "postgres";
            }

            public void close() {
                try (Connection connection = DriverManager.getConnection(server, "postgres", "");
                     Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema, e);
                }
            }
        };
    }
}
