package com.tmip.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tmip.report.RowOutcomes;
import com.tmip.row.DuplicatePolicy;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.ImportRun;
import com.tmip.users.rules.UserFields;
import com.tmip.users.rules.UserRuleCode;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one chunk of checked user rows in the chunk's transaction: rejected rows with all their failures;
 * duplicates (a username that exists, or appears earlier in the run); rows whose email another user holds; and
 * the rest staged for the end of the run with their password hashed (hashing runs in parallel: it is the costly
 * part, on purpose). A dry run stages no hash at all. Cells stored for any row are only those of known columns
 * that are not secrets (see {@link ReadUser}).
 */
public class UserWriter implements ItemWriter<CheckedUser> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportRun run;
    private final int fileNo;
    private final UserStore users;
    private final RowOutcomes outcomes;
    private final PasswordEncoder encoder;
    private final DuplicatePolicy duplicates;

    public UserWriter(ImportRun run, int fileNo, UserStore users, RowOutcomes outcomes, PasswordEncoder encoder) {
        this.run = run;
        this.fileNo = fileNo;
        this.users = users;
        this.outcomes = outcomes;
        this.encoder = encoder;
        this.duplicates = new DuplicatePolicy(run.runId(), fileNo);
    }

    @Override
    public void write(Chunk<? extends CheckedUser> chunk) {
        List<RowFailure> failures = new ArrayList<>();
        Map<String, CheckedUser> byUsername = new LinkedHashMap<>();
        Map<String, CheckedUser> byEmail = new LinkedHashMap<>();
        for (CheckedUser row : chunk) {
            UserCheck check = row.check();
            if (!check.isValid()) {
                failures.add(rejected(row, check.violations()));
                continue;
            }
            NewUser user = check.user();
            CheckedUser first = byUsername.get(user.usernameKey());
            CheckedUser sameEmail = byEmail.get(user.emailKey());
            if (first != null) {
                failures.add(duplicate(row, duplicates.here(first.check().user().rowNumber()), null));
            } else if (sameEmail != null) {
                failures.add(emailTaken(row, "row " + sameEmail.check().user().rowNumber() + " of this file ("
                        + sameEmail.check().user().username() + ")"));
            } else {
                byUsername.put(user.usernameKey(), row);
                byEmail.put(user.emailKey(), row);
            }
        }
        Map<String, String> existing = users.existingUsernames(byUsername.keySet());
        Map<String, UserStore.Holder> staged = users.stagedUsernames(run.runId(), byUsername.keySet());
        Map<String, String> existingEmails = users.existingEmails(byEmail.keySet());
        Map<String, UserStore.Holder> stagedEmails = users.stagedEmails(run.runId(), byEmail.keySet());
        List<CheckedUser> fresh = new ArrayList<>();
        List<CheckedUser> existingUsers = new ArrayList<>();
        for (CheckedUser row : byUsername.values()) {
            NewUser user = row.check().user();
            UserStore.Holder earlier = staged.get(user.usernameKey());
            UserStore.Holder earlierEmail = stagedEmails.get(user.emailKey());
            String existingUser = existing.get(user.usernameKey());
            if (existingUser != null) {
                existingUsers.add(row);
            } else if (earlier != null) {
                failures.add(duplicate(row, new DuplicatePolicy.Earlier(run.runId(), earlier.fileNo(),
                        earlier.rowNo()), null));
            } else if (existingEmails.containsKey(user.emailKey())) {
                failures.add(emailTaken(row, "user " + existingEmails.get(user.emailKey())));
            } else if (earlierEmail != null) {
                failures.add(emailTaken(row, where(earlierEmail) + " (" + earlierEmail.username() + ")"));
            } else {
                fresh.add(row);
            }
        }
        failures.addAll(existingUsers(existingUsers, existing));
        List<Optional<UserStore.Staged>> hashed = fresh.parallelStream().map(this::stage).toList();
        List<UserStore.Staged> ready = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            if (hashed.get(i).isPresent()) {
                ready.add(hashed.get(i).get());
            } else {
                failures.add(rejected(fresh.get(i), List.of(new Violation(UserFields.PASSWORD,
                        UserRuleCode.PASSWORD_TOO_LONG, "password cannot be hashed (too long)", ""))));
            }
        }
        users.stage(run.runId(), fileNo, ready);
        outcomes.record(run.runId(), fileNo, failures);
    }

    /**
     * The duplicates of existing users; a row that holds exactly what its user was created from, password included
     * (the same file delivered again), is marked as repeating the run that created it: nothing new, not a failure.
     */
    private List<RowFailure> existingUsers(List<CheckedUser> rows, Map<String, String> usernames) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, UserStore.Existing> existing = users.existing(rows.stream()
                .map(row -> row.check().user().usernameKey()).toList());
        List<Boolean> same = rows.parallelStream().map(row -> {
            UserStore.Existing user = existing.get(row.check().user().usernameKey());
            return user != null && user.sameAs(row.check().user(), this::passwordMatches);
        }).toList();
        List<RowFailure> failures = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            NewUser user = rows.get(i).check().user();
            RowFailure failure = duplicate(rows.get(i), DuplicatePolicy.Earlier.elsewhere(),
                    usernames.get(user.usernameKey()));
            failures.add(same.get(i) ? failure.repeating(existing.get(user.usernameKey()).runId()) : failure);
        }
        return failures;
    }

    private boolean passwordMatches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException e) {
            return false; // not a hash the encoder reads, or a password it refuses: not the same row
        }
    }

    /** The staged form of a row, its password hashed (not in a dry run); empty when the encoder refuses it. */
    private Optional<UserStore.Staged> stage(CheckedUser row) {
        String hash = null;
        if (!run.dryRun()) {
            try {
                hash = encoder.encode(row.check().user().password());
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // the message is not kept: nothing about the password leaves here
            }
        }
        return Optional.of(new UserStore.Staged(row.check().user(), hash, toJson(row.safeSource().cells())));
    }

    private String where(UserStore.Holder holder) {
        return holder.fileNo() == fileNo ? "this file at row " + holder.rowNo()
                : "file " + holder.fileNo() + " of this import at row " + holder.rowNo();
    }

    private static RowFailure rejected(CheckedUser row, List<Violation> violations) {
        return new RowFailure(row.safeSource().rowNumber(), Outcome.REJECTED, row.safeSource().cells(), violations);
    }

    /**
     * The duplicate row of a username {@code earlier} holds: in this file or another of the import (staged), or an
     * existing user ({@code existingUser}, the username as stored).
     */
    private RowFailure duplicate(CheckedUser row, DuplicatePolicy.Earlier earlier, String existingUser) {
        NewUser user = row.check().user();
        Violation violation = switch (duplicates.verdict(earlier)) {
            case DUPLICATE_IN_FILE -> new Violation(UserFields.USERNAME, UserRuleCode.DUPLICATE_IN_FILE, "username "
                    + user.username() + " appears earlier in this file at row " + earlier.rowNo(), user.username());
            case DUPLICATE_IN_RUN -> new Violation(UserFields.USERNAME, UserRuleCode.DUPLICATE_IN_RUN, "username "
                    + user.username() + " appears earlier in file " + earlier.fileNo() + " of this import at row "
                    + earlier.rowNo(), user.username());
            case ALREADY_REGISTERED -> new Violation(UserFields.USERNAME, UserRuleCode.USER_EXISTS, "user "
                    + existingUser + " already exists", user.username());
            case FIRST -> throw new IllegalArgumentException("not a duplicate: row " + user.rowNumber());
        };
        return new RowFailure(row.safeSource().rowNumber(), Outcome.DUPLICATE, row.safeSource().cells(),
                List.of(violation));
    }

    private static RowFailure emailTaken(CheckedUser row, String holder) {
        NewUser user = row.check().user();
        return rejected(row, List.of(new Violation(UserFields.EMAIL, UserRuleCode.EMAIL_TAKEN,
                "email " + user.email() + " is already used by " + holder, user.email())));
    }

    static String toJson(List<String> cells) {
        try {
            return JSON.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
