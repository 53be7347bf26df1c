package com.tmip.users;

import com.tmip.input.SourceRow;

/** A user row's source (password cells blanked) and the outcome of its row checks. */
public record CheckedUser(SourceRow safeSource, UserCheck check) {
}
