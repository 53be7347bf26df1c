package com.tmip.portal;

import com.tmip.config.TmipProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a username for {@code tmip.portal.lockout} after {@code tmip.portal.login-attempts} failed sign-ins in a
 * row, whether the username exists or not (so the lock says nothing about which names exist). A success clears it.
 */
@Component
@ConditionalOnWebApplication
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int attempts;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long lastAt) {
    }

    public LoginThrottle(TmipProperties properties) {
        this.attempts = properties.portal().loginAttempts();
        this.lockout = properties.portal().lockout();
    }

    /** Whether sign-ins as {@code username} are refused now. */
    public boolean locked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < attempts) {
            return false;
        }
        if (System.currentTimeMillis() - f.lastAt() > lockout.toMillis()) {
            failures.remove(key(username));
            return false;
        }
        return true;
    }

    /** A failed sign-in as {@code username}. */
    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            long now = System.currentTimeMillis();
            failures.values().removeIf(f -> now - f.lastAt() > lockout.toMillis());
        }
        failures.merge(key(username), new Failures(1, System.currentTimeMillis()),
                (a, b) -> new Failures(a.count() + 1, b.lastAt()));
    }

    /** A successful sign-in as {@code username}: its failures are forgotten. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
