package com.tmip.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.util.Locale;

/** Which database the tool runs on, asked once: PostgreSQL in production, else the embedded HSQLDB. */
@Component
public class Vendor {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public Vendor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPostgres() {
        if (postgres == null) {
            postgres = Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
        }
        return postgres;
    }
}
