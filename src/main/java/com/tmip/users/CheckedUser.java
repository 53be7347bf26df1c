package com.tmip.users;

import com.tmip.input.SourceRow;

/** What of a user row may be kept (see {@link ReadUser#safeSource()}) and the outcome of its row checks. */
public record CheckedUser(SourceRow safeSource, UserCheck check) {
}
