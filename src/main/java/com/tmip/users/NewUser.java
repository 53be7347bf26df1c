package com.tmip.users;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A user row that passed its row checks, with normalised values. It still holds the plaintext password until the
 * writer hashes it; {@link #toString()} never shows it.
 *
 * @param manager   the manager's username as written, or null; resolved at the end of the run
 * @param accountId the matched account's id, or null
 * @param accountEmail the user account's own email (the form's second Email Address), or null for the person's
 */
public record NewUser(
        int rowNumber,
        String username,
        String firstName,
        String lastName,
        String email,
        String phoneE164,
        String jobTitle,
        String department,
        String manager,
        LocalDate startDate,
        String password,
        String role,
        String accountId,
        String accountEmail) {

    public String usernameKey() {
        return key(username);
    }

    public String emailKey() {
        return key(email);
    }

    public String managerKey() {
        return manager == null ? null : key(manager);
    }

    /** The comparison key of a username or email: lower-case. */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "NewUser[row=" + rowNumber + ", username=" + username + ", password=[redacted]]";
    }
}
