package com.tmip.users;

import com.tmip.report.RowOutcomes;
import com.tmip.row.Outcome;
import com.tmip.row.RowFailure;
import com.tmip.row.Violation;
import com.tmip.run.ImportRun;
import com.tmip.run.RunRegistry;
import com.tmip.users.rules.ManagerChains;
import com.tmip.users.rules.ManagerRule;
import com.tmip.users.rules.UserFields;
import com.tmip.users.rules.UserRuleCode;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The last step of an import-users run, after every file has been read: re-checks the staged users against the
 * database (another run may have created a username or taken an email meanwhile), resolves managers across all
 * files with {@link ManagerChains}, records the rows that fail, and creates the rest in {@code app_user} (a dry
 * run leaves them staged, without hashes, for its counts). Runs in one transaction: after a crash it runs again
 * from the same staged rows, with the same result. Holds the run's usernames and manager names in memory.
 */
@Component
public class UserResolution {

    private static final int LOOP_SHOWN = 10;
    /** Managers written as a person's name that get a suggestion, per run (each costs a few look-ups). */
    private static final int MAX_NAME_LOOKUPS = 1000;
    private static final int MAX_NAME_WORDS = 6;

    private final UserStore users;
    private final RowOutcomes outcomes;
    private final Clock clock;

    public UserResolution(UserStore users, RowOutcomes outcomes, Clock clock) {
        this.users = users;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Returns how many users the run created (or, in a dry run, would create). */
    public int resolve(ImportRun run) {
        String runId = run.runId();
        Map<String, String> nowExisting = users.stagedNowExisting(runId);
        Map<String, String> emailTaken = users.stagedEmailNowTaken(runId);
        Map<String, UserStore.Link> byKey = new LinkedHashMap<>();
        Map<String, String> managerOf = new LinkedHashMap<>();
        for (UserStore.Link link : users.links(runId)) {
            byKey.put(link.usernameKey(), link);
            if (!nowExisting.containsKey(link.usernameKey()) && !emailTaken.containsKey(link.usernameKey())) {
                managerOf.put(link.usernameKey(), link.managerKey());
            }
        }
        Map<String, ManagerChains.Problem> problems = ManagerChains.resolve(managerOf,
                users.existingManagers(runId).keySet());

        Set<String> dropped = new LinkedHashSet<>();
        dropped.addAll(nowExisting.keySet());
        dropped.addAll(emailTaken.keySet());
        dropped.addAll(problems.keySet());
        Map<String, String> cells = users.cells(runId, dropped);
        Map<Integer, List<RowFailure>> failures = new TreeMap<>();
        for (String key : dropped) {
            UserStore.Link link = byKey.get(key);
            RowFailure failure;
            if (nowExisting.containsKey(key)) {
                failure = new RowFailure(link.rowNo(), Outcome.DUPLICATE, List.of(), List.of(new Violation(
                        UserFields.USERNAME, UserRuleCode.USER_EXISTS, "user " + nowExisting.get(key)
                        + " already exists (created by another import while this one ran)", link.username())));
            } else if (emailTaken.containsKey(key)) {
                failure = rejected(link, cells.get(key), UserFields.EMAIL, UserRuleCode.EMAIL_TAKEN,
                        "the email address is already used by user " + emailTaken.get(key)
                                + " (created by another import while this one ran)", "");
            } else {
                failure = managerFailure(link, problems.get(key), byKey, managerOf, cells.get(key));
            }
            failures.computeIfAbsent(link.fileNo(), k -> new ArrayList<>()).add(failure);
        }
        suggestManagersByName(runId);
        users.unstage(runId, dropped);
        failures.forEach((fileNo, list) -> outcomes.record(runId, fileNo, list));
        if (run.dryRun()) {
            return byKey.size() - dropped.size();
        }
        return users.promote(runId, LocalDateTime.now(clock));
    }

    private static RowFailure managerFailure(UserStore.Link link, ManagerChains.Problem problem,
                                             Map<String, UserStore.Link> byKey, Map<String, String> managerOf,
                                             String cells) {
        String manager = link.managerKey();
        UserStore.Link managerRow = byKey.get(manager);
        String where = managerRow == null ? "" : " (file " + managerRow.fileNo() + ", row " + managerRow.rowNo() + ")";
        return switch (problem) {
            case CYCLE -> rejected(link, cells, UserFields.MANAGER, UserRuleCode.MANAGER_CYCLE,
                    "the chain of managers loops: " + loop(link.usernameKey(), managerOf), manager);
            case UNKNOWN -> managerRow == null
                    ? rejected(link, cells, UserFields.MANAGER, UserRuleCode.MANAGER_UNKNOWN, "manager " + manager
                    + " is not an existing user and is not in this import", manager)
                    : rejected(link, cells, UserFields.MANAGER, UserRuleCode.MANAGER_UNKNOWN, "manager " + manager
                    + where + " was not imported; see that row", manager);
            case MANAGER_NOT_KEPT -> rejected(link, cells, UserFields.MANAGER, UserRuleCode.MANAGER_UNKNOWN,
                    "manager " + manager + where + " was not imported; see that row", manager);
        };
    }

    /**
     * A manager written as a person's name ("Grace Hopper") was rejected as not a username while the file was read;
     * now that every row of the import is staged, the message gets the username of the person of that name, among
     * the existing users and the import's own: "did you mean ghopper?". Runs again unchanged after a restart (a
     * message that has its suggestion no longer ends as the rule wrote it).
     */
    private void suggestManagersByName(String runId) {
        List<UserStore.ManagerNotUsername> issues = users.managersNotUsernames(runId, ManagerRule.NOT_A_USERNAME);
        issues = issues.subList(0, Math.min(issues.size(), MAX_NAME_LOOKUPS));
        Map<UserStore.ManagerNotUsername, List<UserStore.PersonName>> readings = new LinkedHashMap<>();
        Set<UserStore.PersonName> names = new HashSet<>();
        for (UserStore.ManagerNotUsername issue : issues) {
            List<UserStore.PersonName> read = readings(issue.manager());
            readings.put(issue, read);
            names.addAll(read);
        }
        Map<UserStore.PersonName, Set<String>> people = users.usernamesOfPeople(runId, names);
        readings.forEach((issue, read) -> {
            Set<String> usernames = new LinkedHashSet<>();
            read.forEach(name -> usernames.addAll(people.getOrDefault(name, Set.of())));
            if (!usernames.isEmpty()) {
                users.rewriteIssue(runId, issue, issue.message() + "; did you mean "
                        + String.join(" or ", usernames) + "?");
            }
        });
    }

    /** The people a name such as "Grace Hopper", "Mary Ann Smith" or "Hopper, Grace" may name. */
    private static List<UserStore.PersonName> readings(String name) {
        List<UserStore.PersonName> readings = new ArrayList<>();
        if (name == null) {
            return readings;
        }
        String text = name.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma > 0 && comma == text.lastIndexOf(',')) {
            String last = text.substring(0, comma).strip();
            String first = text.substring(comma + 1).strip();
            if (!first.isEmpty() && !last.isEmpty()) {
                readings.add(new UserStore.PersonName(first, last));
            }
            return readings;
        }
        String[] words = text.split(" ");
        for (int split = 1; split < words.length && words.length <= MAX_NAME_WORDS; split++) {
            readings.add(new UserStore.PersonName(String.join(" ", Arrays.asList(words).subList(0, split)),
                    String.join(" ", Arrays.asList(words).subList(split, words.length))));
        }
        return readings;
    }

    /** "a → b → c → a", cut after a few names. */
    private static String loop(String start, Map<String, String> managerOf) {
        StringBuilder text = new StringBuilder(start);
        String current = managerOf.get(start);
        for (int i = 0; i < LOOP_SHOWN && current != null; i++) {
            text.append(" → ").append(current);
            if (current.equals(start)) {
                return text.toString();
            }
            current = managerOf.get(current);
        }
        return text.append(" → …").toString();
    }

    private static RowFailure rejected(UserStore.Link link, String cellsJson, String column, UserRuleCode rule,
                                       String message, String value) {
        return new RowFailure(link.rowNo(), Outcome.REJECTED, RunRegistry.fromJson(cellsJson),
                List.of(new Violation(column, rule, message, value == null ? "" : value)));
    }
}
