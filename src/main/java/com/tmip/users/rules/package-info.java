/**
 * The rules a user row must pass: names, email and account email, phone (libphonenumber, stored as E.164),
 * start date, username format, password policy (length, bcrypt's 72-byte limit, personal data, common
 * passwords), role and account; and {@link com.tmip.users.rules.ManagerChains}, which decides across all rows of
 * an import which managers exist and which chains loop. Plain classes, tested with {@code new}; codes in
 * {@link com.tmip.users.rules.UserRuleCode}. No rule ever puts a password into a violation.
 */
package com.tmip.users.rules;
