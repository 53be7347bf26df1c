package com.tmip.users;

/**
 * One row of a user list as read: raw cell texts, before any check; absent columns are "". {@link #toString()}
 * never shows the two password cells.
 */
public record UserRow(
        int rowNumber,
        String firstName,
        String lastName,
        String email,
        String phone,
        String jobTitle,
        String department,
        String manager,
        String startDate,
        String password,
        String confirmPassword,
        String username,
        String accountEmail,
        String userRole,
        String account) {

    @Override
    public String toString() {
        return "UserRow[row=" + rowNumber + ", username=" + username + ", password=[redacted]"
                + ", confirmPassword=[redacted]]";
    }
}
