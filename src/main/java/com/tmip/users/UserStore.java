package com.tmip.users;

import com.tmip.reference.UserDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Case Manager user accounts in {@code app_user}. */
@Repository
public class UserStore {

    private final JdbcTemplate jdbc;

    public UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The usernames as they are now, in memory, matched without regard to case: one query per run, not per row. */
    public UserDirectory snapshot() {
        Map<String, String> byKey = new HashMap<>();
        jdbc.query("SELECT username_key, username FROM app_user", rs -> {
            byKey.put(rs.getString(1), rs.getString(2));
        });
        return username -> username == null || username.isBlank() ? Optional.empty()
                : Optional.ofNullable(byKey.get(username.trim().toLowerCase(Locale.ROOT)));
    }
}
