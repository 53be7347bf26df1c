package com.tmip.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

/** The portal's users: the rows of {@code app_user} ({@code import-users}), by username in any case. */
@Service
@ConditionalOnWebApplication
public class PortalUsers implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final LoginThrottle throttle;

    public PortalUsers(JdbcTemplate jdbc, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        if (throttle.locked(username)) {
            throw new LockedException("too many failed sign-ins; try again later");
        }
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<PortalUser> found = jdbc.query("""
                        SELECT u.username, u.password_hash, u.user_role, u.account_id, a.account_name
                        FROM app_user u LEFT JOIN account a ON a.account_id = u.account_id
                        WHERE u.username_key = ?""",
                (rs, i) -> new PortalUser(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)).orElse(null),
                        rs.getString(4), rs.getString(5)), key);
        if (found.isEmpty() || found.get(0).getPassword() == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return found.get(0);
    }
}
