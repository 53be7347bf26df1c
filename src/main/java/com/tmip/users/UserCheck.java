package com.tmip.users;

import com.tmip.row.Violation;

import java.util.List;

/** The outcome of checking one user row: a new user, or every violation found (never only the first). */
public record UserCheck(NewUser user, List<Violation> violations) {

    public UserCheck {
        violations = List.copyOf(violations);
    }

    public static UserCheck valid(NewUser user) {
        return new UserCheck(user, List.of());
    }

    public static UserCheck invalid(List<Violation> violations) {
        return new UserCheck(null, violations);
    }

    public boolean isValid() {
        return user != null;
    }
}
