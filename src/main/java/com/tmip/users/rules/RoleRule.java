package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Checked;
import com.tmip.row.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * user_role: required; one of the configured roles, compared without regard to case, spaces or punctuation; and,
 * for an upload for one account, one of the roles such an upload may give.
 */
public final class RoleRule {

    /** The roles an upload for one account (a Partner Admin's) may give: not Employee. */
    public static final List<String> ONE_ACCOUNT_ROLES = List.of("Customer", "Partner", "Partner Admin");

    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final List<String> allowed;

    public RoleRule(List<String> roles) {
        this(roles, null);
    }

    /** @param allowed the roles rows may have among the configured ones (ROLE_NOT_ALLOWED otherwise), or null */
    public RoleRule(List<String> roles, List<String> allowed) {
        this.allowed = allowed == null ? null : allowed.stream().map(RoleRule::key).toList();
        for (String role : roles) {
            String name = Cells.trim(role);
            if (!name.isEmpty()) {
                byKey.putIfAbsent(key(name), name);
            }
        }
        if (byKey.isEmpty()) {
            throw new IllegalArgumentException("tmip.users.roles: no role configured");
        }
    }

    /** The role as configured; or REQUIRED / ROLE_UNKNOWN (listing the roles) / ROLE_NOT_ALLOWED. */
    public Checked<String> check(String cell) {
        if (Cells.isBlank(cell)) {
            return Checked.failed(Cells.required(UserFields.USER_ROLE, UserRuleCode.REQUIRED, cell));
        }
        String role = byKey.get(key(cell));
        if (role != null && allowed != null && !allowed.contains(key(role))) {
            return Checked.failed(new Violation(UserFields.USER_ROLE, UserRuleCode.ROLE_NOT_ALLOWED,
                    "user_role " + Cells.quote(role) + " cannot be given by an upload for one account: use one of "
                            + String.join(", ", ONE_ACCOUNT_ROLES), Cells.raw(cell)));
        }
        if (role != null) {
            return Checked.ok(role);
        }
        return Checked.failed(new Violation(UserFields.USER_ROLE, UserRuleCode.ROLE_UNKNOWN,
                "user_role " + Cells.quote(Cells.trim(cell)) + " is not a known role: use one of "
                        + String.join(", ", byKey.values()),
                Cells.raw(cell)));
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder();
        Cells.trim(text).toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
