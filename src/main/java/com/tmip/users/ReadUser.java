package com.tmip.users;

import com.tmip.input.SourceRow;

/**
 * A user row as read, and its source row with the password cells already blanked: only {@code safeSource} is
 * ever stored or reported.
 */
public record ReadUser(UserRow row, SourceRow safeSource) {
}
