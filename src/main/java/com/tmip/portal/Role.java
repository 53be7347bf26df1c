package com.tmip.portal;

import java.util.Locale;
import java.util.Optional;

/** The roles of {@code app_user.user_role} the portal knows, compared without regard to case, spaces or punctuation. */
public enum Role {
    CUSTOMER,
    PARTNER,
    PARTNER_ADMIN,
    EMPLOYEE;

    /** The role a stored {@code user_role} names, or empty for any other (such a user sees nothing). */
    public static Optional<Role> of(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String key = stored.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (Role role : values()) {
            if (role.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The Spring Security authority, {@code ROLE_PARTNER_ADMIN} for instance. */
    public String authority() {
        return "ROLE_" + name();
    }
}
