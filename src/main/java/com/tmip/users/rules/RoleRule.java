package com.tmip.users.rules;

import com.tmip.equipment.Violation;
import com.tmip.equipment.rules.Checked;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** user_role: required; one of the configured roles, compared without regard to case, spaces or punctuation. */
public final class RoleRule {

    private final Map<String, String> byKey = new LinkedHashMap<>();

    public RoleRule(List<String> roles) {
        for (String role : roles) {
            String name = Text.trim(role);
            if (!name.isEmpty()) {
                byKey.putIfAbsent(key(name), name);
            }
        }
        if (byKey.isEmpty()) {
            throw new IllegalArgumentException("tmip.users.roles: no role configured");
        }
    }

    /** The role as configured; or REQUIRED / ROLE_UNKNOWN (listing the roles). */
    public Checked<String> check(String cell) {
        if (Text.isBlank(cell)) {
            return Checked.failed(Text.required(UserFields.USER_ROLE, cell));
        }
        String role = byKey.get(key(cell));
        if (role != null) {
            return Checked.ok(role);
        }
        return Checked.failed(new Violation(UserFields.USER_ROLE, UserRuleCodes.ROLE_UNKNOWN,
                "user_role " + Text.quote(Text.trim(cell)) + " is not a known role: use one of "
                        + String.join(", ", byKey.values()),
                Text.raw(cell)));
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder();
        Text.trim(text).toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
