package com.tmip.users;

import com.tmip.reference.UserDirectory;
import com.tmip.reference.UserDirectorySource;

import com.tmip.db.KeyLookup;
import com.tmip.users.rules.UserFields;
import com.tmip.users.rules.UserRuleCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.Set;

/**
 * Case Manager user accounts in {@code app_user}, and the rows of an import waiting in {@code user_stage} for the
 * end of their run. Look-ups take a chunk's keys at once (one query per chunk, not per row).
 */
@Repository
public class UserStore implements UserDirectorySource {

    /** Accepted rows per file of a real run: they are in app_user. */
    public static final String ACCEPTED_PER_FILE =
            "SELECT file_no, COUNT(*) FROM app_user WHERE run_id = ? GROUP BY file_no";
    /** Accepted rows per file of a dry run: they stay in user_stage (without any password hash). */
    public static final String ACCEPTED_PER_FILE_DRY_RUN =
            "SELECT file_no, COUNT(*) FROM user_stage WHERE run_id = ? GROUP BY file_no";

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public UserStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /** Where a username or email is already held in this run. */
    public record Holder(String username, int fileNo, int rowNo) {
    }

    /** A staged user: its row, its username and the key of the manager it names (or null). */
    public record Link(int fileNo, int rowNo, String username, String usernameKey, String managerKey) {
    }

    /** A user row ready to be staged: the hash is already computed (null in a dry run); cells are redacted JSON. */
    public record Staged(NewUser user, String passwordHash, String safeCellsJson) {
    }

    /** The usernames as they are now, in memory, matched without regard to case: one query per run, not per row. */
    @Override
    public UserDirectory snapshot() {
        Map<String, String> byKey = new HashMap<>();
        jdbc.query("SELECT username_key, username FROM app_user", rs -> {
            byKey.put(rs.getString(1), rs.getString(2));
        });
        return username -> username == null || username.isBlank() ? Optional.empty()
                : Optional.ofNullable(byKey.get(username.trim().toLowerCase(Locale.ROOT)));
    }

    /** Existing users among those username keys: key → username as stored. */
    public Map<String, String> existingUsernames(Collection<String> keys) {
        return pairs(KeyLookup.Query.of("username_key, username", "app_user", "username_key"), keys);
    }

    /** Existing users holding those email keys: email key → username. */
    public Map<String, String> existingEmails(Collection<String> emailKeys) {
        return pairs(KeyLookup.Query.of("email_key, username", "app_user", "email_key"), emailKeys);
    }

    /** Users of this run already staged under those username keys. */
    public Map<String, Holder> stagedUsernames(String runId, Collection<String> keys) {
        return holders("username_key", runId, keys);
    }

    /** Users of this run already staged with those email keys. */
    public Map<String, Holder> stagedEmails(String runId, Collection<String> emailKeys) {
        return holders("email_key", runId, emailKeys);
    }

    public void stage(String runId, int fileNo, List<Staged> users) {
        if (users.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        jdbc.batchUpdate("""
                        INSERT INTO user_stage (run_id, file_no, row_no, username, username_key, first_name, last_name,
                            email, email_key, phone_e164, job_title, department, manager_key, start_date,
                            password_hash, user_role, account_id, cells, account_email)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                users.stream().map(s -> {
                    NewUser u = s.user();
                    return new Object[]{runId, fileNo, u.rowNumber(), u.username(), u.usernameKey(), u.firstName(),
                            u.lastName(), u.email(), u.emailKey(), u.phoneE164(), u.jobTitle(), u.department(),
                            u.managerKey(), u.startDate() == null ? null : Date.valueOf(u.startDate()),
                            s.passwordHash(), u.role(), u.accountId(), s.safeCellsJson(), u.accountEmail()};
                }).toList());
    }

    /** Every staged user of the run (no cells, no hash): a few short strings per user. */
    public List<Link> links(String runId) {
        return jdbc.query("SELECT file_no, row_no, username, username_key, manager_key FROM user_stage WHERE run_id = ?",
                (rs, i) -> new Link(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                runId);
    }

    /** Staged users of the run whose username exists in app_user by now (another run created it meanwhile). */
    public Map<String, String> stagedNowExisting(String runId) {
        return all("""
                SELECT s.username_key, u.username FROM user_stage s JOIN app_user u ON u.username_key = s.username_key
                WHERE s.run_id = ?""", runId);
    }

    /** Staged users of the run whose email another user holds by now: username key → that user. */
    public Map<String, String> stagedEmailNowTaken(String runId) {
        return all("""
                SELECT s.username_key, u.username FROM user_stage s JOIN app_user u ON u.email_key = s.email_key
                WHERE s.run_id = ?""", runId);
    }

    /** Existing users that staged users of the run name as their manager: key → username. */
    public Map<String, String> existingManagers(String runId) {
        return all("""
                SELECT DISTINCT s.manager_key, u.username FROM user_stage s JOIN app_user u ON u.username_key = s.manager_key
                WHERE s.run_id = ?""", runId);
    }

    /** The redacted cells (JSON) of staged users, by username key. */
    public Map<String, String> cells(String runId, Collection<String> keys) {
        return pairs(KeyLookup.Query.of("username_key, cells", "user_stage", "username_key").and("run_id = ?", runId),
                keys);
    }

    public void unstage(String runId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return; // HSQLDB refuses an empty batch
        }
        // One primary-key delete per key: each an index probe, whatever the table's statistics.
        jdbc.batchUpdate("DELETE FROM user_stage WHERE run_id = ? AND username_key = ?",
                keys.stream().map(key -> new Object[]{runId, key}).toList());
    }

    /**
     * Creates the run's staged users in app_user, links each to its manager's username as stored, and empties the
     * run's staging rows (no hash stays behind). Returns how many users were created.
     */
    public int promote(String runId, LocalDateTime now) {
        int created = jdbc.update("""
                INSERT INTO app_user (username, username_key, email, email_key, password_hash, user_role, created_at,
                    first_name, last_name, phone_e164, job_title, department, manager, start_date, account_id,
                    run_id, file_no, row_no, account_email)
                SELECT username, username_key, email, email_key, password_hash, user_role, ?,
                    first_name, last_name, phone_e164, job_title, department, manager_key, start_date, account_id,
                    run_id, file_no, row_no, account_email
                FROM user_stage WHERE run_id = ?""", Timestamp.valueOf(now), runId);
        jdbc.update("""
                UPDATE app_user SET manager = (SELECT m.username FROM app_user m WHERE m.username_key = app_user.manager)
                WHERE run_id = ? AND manager IS NOT NULL""", runId);
        jdbc.update("DELETE FROM user_stage WHERE run_id = ?", runId);
        return created;
    }

    /** What an existing user was created from, to tell a file delivered again from a changed one. */
    public record Existing(String runId, String username, String email, String firstName, String lastName,
                           String phoneE164, String jobTitle, String department, String manager, LocalDate startDate,
                           String role, String accountId, String passwordHash) {

        /** Whether {@code user} holds exactly these values; {@code passwordMatches} checks the password last. */
        public boolean sameAs(NewUser user, BiPredicate<String, String> passwordMatches) {
            return runId != null && Objects.equals(username, user.username()) && Objects.equals(email, user.email())
                    && Objects.equals(firstName, user.firstName()) && Objects.equals(lastName, user.lastName())
                    && Objects.equals(phoneE164, user.phoneE164()) && Objects.equals(jobTitle, user.jobTitle())
                    && Objects.equals(department, user.department())
                    && Objects.equals(manager == null ? null : NewUser.key(manager), user.managerKey())
                    && Objects.equals(startDate, user.startDate()) && Objects.equals(role, user.role())
                    && Objects.equals(accountId, user.accountId())
                    && passwordHash != null && passwordMatches.test(user.password(), passwordHash);
        }
    }

    /** The existing users of those username keys, with the values they were created from. */
    public Map<String, Existing> existing(Collection<String> keys) {
        Map<String, Existing> existing = new HashMap<>();
        lookup.forEach(KeyLookup.Query.of("username_key, run_id, username, email, first_name, last_name, phone_e164,"
                + " job_title, department, manager, start_date, user_role, account_id, password_hash", "app_user",
                "username_key"), keys, rs -> {
                    Date start = rs.getDate(11);
                    existing.put(rs.getString(1), new Existing(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), start == null ? null : start.toLocalDate(), rs.getString(12),
                            rs.getString(13), rs.getString(14)));
                });
        return existing;
    }

    /** A row of the run rejected because its manager is not a username (maybe a person's name). */
    public record ManagerNotUsername(int fileNo, int rowNo, int seq, String manager, String message) {
    }

    /** The run's rows rejected with MANAGER_UNKNOWN because the manager cell is not a username at all. */
    public List<ManagerNotUsername> managersNotUsernames(String runId, String messageSuffix) {
        return jdbc.query("""
                        SELECT file_no, row_no, seq, cell_value, message FROM row_issue
                        WHERE run_id = ? AND rule = ? AND column_name = ? AND message LIKE ? ORDER BY file_no, row_no""",
                (rs, i) -> new ManagerNotUsername(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)),
                runId, UserRuleCode.MANAGER_UNKNOWN.code(), UserFields.MANAGER, "%" + messageSuffix);
    }

    /** A person's name as the did-you-mean of a manager compares it: first and last name, trimmed, lower case. */
    public record PersonName(String first, String last) {

        public PersonName {
            first = first.strip().toLowerCase(Locale.ROOT);
            last = last.strip().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The usernames of the people with those names, ignoring case: existing users, then the users staged by the run,
     * each in username order. One pass over each table for all the names (no index serves a person's name, and the
     * names are few next to the users).
     */
    public Map<PersonName, Set<String>> usernamesOfPeople(String runId, Set<PersonName> names) {
        Map<PersonName, Set<String>> usernames = new HashMap<>();
        if (names.isEmpty()) {
            return usernames;
        }
        RowCallbackHandler collect = rs -> {
            PersonName name = new PersonName(rs.getString(2) == null ? "" : rs.getString(2),
                    rs.getString(3) == null ? "" : rs.getString(3));
            if (names.contains(name)) {
                usernames.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(rs.getString(1));
            }
        };
        jdbc.query(streamed("SELECT username, first_name, last_name FROM app_user ORDER BY username"), collect);
        jdbc.query(streamed("SELECT username, first_name, last_name FROM user_stage WHERE run_id = ? ORDER BY username",
                runId), collect);
        return usernames;
    }

    /** A query read a thousand rows at a time (PostgreSQL would otherwise hold the whole result in memory). */
    private static PreparedStatementCreator streamed(String sql, Object... args) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(1000);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        };
    }

    /** Rewrites one message of a rejected row, in row_issue and in the row's errors. */
    public void rewriteIssue(String runId, ManagerNotUsername issue, String message) {
        jdbc.update("UPDATE row_issue SET message = ? WHERE run_id = ? AND file_no = ? AND row_no = ? AND seq = ?",
                message, runId, issue.fileNo(), issue.rowNo(), issue.seq());
        List<String> errors = jdbc.queryForList("SELECT errors FROM row_outcome WHERE run_id = ? AND file_no = ?"
                + " AND row_no = ?", String.class, runId, issue.fileNo(), issue.rowNo());
        if (errors.size() == 1 && errors.get(0) != null && errors.get(0).contains(issue.message())) {
            jdbc.update("UPDATE row_outcome SET errors = ? WHERE run_id = ? AND file_no = ? AND row_no = ?",
                    errors.get(0).replace(issue.message(), message), runId, issue.fileNo(), issue.rowNo());
        }
    }

    private Map<String, Holder> holders(String keyColumn, String runId, Collection<String> keys) {
        Map<String, Holder> holders = new HashMap<>();
        lookup.forEach(KeyLookup.Query.of(keyColumn + ", username, file_no, row_no", "user_stage", keyColumn)
                .and("run_id = ?", runId), keys, rs -> {
                    holders.put(rs.getString(1), new Holder(rs.getString(2), rs.getInt(3), rs.getInt(4)));
                });
        return holders;
    }

    /** A two-column query as a map. */
    private Map<String, String> all(String sql, Object... args) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString(1), rs.getString(2));
        }, args);
        return result;
    }

    /** A two-column look-up of those keys as a map. */
    private Map<String, String> pairs(KeyLookup.Query query, Collection<String> keys) {
        Map<String, String> result = new LinkedHashMap<>();
        lookup.forEach(query, keys, rs -> {
            result.put(rs.getString(1), rs.getString(2));
        });
        return result;
    }
}
