package com.tmip.users.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once every row of an import has been read, which new users keep their manager: a manager must be an
 * existing user or a new user that is itself kept, and a chain of managers must not loop. Order of rows never
 * matters. Works on usernames only (keys: lower-case), iteratively (a chain of any length needs no deep stack);
 * memory is a few small objects per new user, fine for the tens of thousands of users a file holds.
 */
public final class ManagerChains {

    /** Why a new user cannot be kept. */
    public enum Problem {
        /** The manager is neither an existing user nor a new one. */
        UNKNOWN,
        /** The user is on a loop of managers. */
        CYCLE,
        /** The manager is a new user that is not kept (for one of these reasons). */
        MANAGER_NOT_KEPT
    }

    private enum State { KEPT, DROPPED }

    private ManagerChains() {
    }

    /**
     * @param managerOf each new user's key → their manager's key (null when they name none)
     * @param existing  keys of existing users that are named as managers (others may be left out)
     * @return the new users that cannot be kept, with the reason; the others are kept
     */
    public static Map<String, Problem> resolve(Map<String, String> managerOf, Set<String> existing) {
        Map<String, State> state = new HashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (String start : managerOf.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = start;
            State end;
            while (true) {
                path.add(current);
                onPath.add(current);
                String manager = managerOf.get(current);
                if (manager == null || existing.contains(manager) && !managerOf.containsKey(manager)) {
                    end = State.KEPT;
                    break;
                }
                if (!managerOf.containsKey(manager)) {
                    problems.put(current, Problem.UNKNOWN);
                    state.put(current, State.DROPPED);
                    path.remove(path.size() - 1);
                    end = State.DROPPED;
                    break;
                }
                if (state.containsKey(manager)) {
                    end = state.get(manager);
                    break;
                }
                if (onPath.contains(manager)) {
                    int from = path.indexOf(manager);
                    for (String member : path.subList(from, path.size())) {
                        problems.put(member, Problem.CYCLE);
                        state.put(member, State.DROPPED);
                    }
                    path = path.subList(0, from);
                    end = State.DROPPED;
                    break;
                }
                current = manager;
            }
            for (String user : path) {
                if (state.containsKey(user)) {
                    continue;
                }
                state.put(user, end);
                if (end == State.DROPPED) {
                    problems.put(user, Problem.MANAGER_NOT_KEPT);
                }
            }
        }
        return problems;
    }
}
