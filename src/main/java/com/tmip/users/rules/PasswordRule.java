package com.tmip.users.rules;

import com.tmip.row.Cells;
import com.tmip.row.Violation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * password and confirm_password: both required and equal; the password at least {@value #MIN_LENGTH} characters,
 * at most {@value #MAX_BYTES} bytes in UTF-8 (what bcrypt can hash), not containing the username, a first or last
 * name (each word of 3 or more letters) or the email's local part (3 or more characters), compared without regard
 * to case, and not a common password. Passwords are taken exactly as written (white space is part of them).
 *
 * <p>No violation ever carries the password: its {@code value} is always "" and no message quotes it.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    /** bcrypt uses only the first 72 bytes, and Spring Security's encoder refuses longer passwords. */
    public static final int MAX_BYTES = 72;
    private static final int MIN_PART = 3;

    private final CommonPasswords common;

    public PasswordRule(CommonPasswords common) {
        this.common = common;
    }

    /** The personal data a password must not contain; any part may be null. */
    public record Personal(String username, String firstName, String lastName, String email) {
    }

    /**
     * Every failure: REQUIRED (either column), PASSWORD_MISMATCH, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG,
     * PASSWORD_PERSONAL, PASSWORD_COMMON.
     */
    public List<Violation> check(String password, String confirm, Personal personal) {
        List<Violation> violations = new ArrayList<>(0);
        boolean hasPassword = password != null && !Cells.isBlank(password);
        if (!hasPassword) {
            violations.add(secret(UserFields.PASSWORD, UserRuleCode.REQUIRED, "password is required"));
        }
        if (confirm == null || Cells.isBlank(confirm)) {
            violations.add(secret(UserFields.CONFIRM_PASSWORD, UserRuleCode.REQUIRED, "confirm_password is required"));
        } else if (hasPassword && !password.equals(confirm)) {
            violations.add(secret(UserFields.CONFIRM_PASSWORD, UserRuleCode.PASSWORD_MISMATCH,
                    "confirm_password differs from password"));
        }
        if (!hasPassword) {
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(secret(UserFields.PASSWORD, UserRuleCode.PASSWORD_TOO_SHORT,
                    "password has " + length + " characters; at least " + MIN_LENGTH + " are required"));
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            violations.add(secret(UserFields.PASSWORD, UserRuleCode.PASSWORD_TOO_LONG,
                    "password is " + bytes + " bytes long in UTF-8; at most " + MAX_BYTES + " can be hashed"));
        }
        List<String> contained = contained(password.toLowerCase(Locale.ROOT), personal);
        if (!contained.isEmpty()) {
            violations.add(secret(UserFields.PASSWORD, UserRuleCode.PASSWORD_PERSONAL,
                    "password must not contain " + String.join(", ", contained)));
        }
        if (common.isCommon(password)) {
            violations.add(secret(UserFields.PASSWORD, UserRuleCode.PASSWORD_COMMON,
                    "password is too common (it is, or starts with, a well-known password)"));
        }
        return violations;
    }

    private static List<String> contained(String password, Personal personal) {
        List<String> found = new ArrayList<>(0);
        if (containsPart(password, personal.username())) {
            found.add("the username");
        }
        if (containsWord(password, personal.firstName())) {
            found.add("the first name");
        }
        if (containsWord(password, personal.lastName())) {
            found.add("the last name");
        }
        if (personal.email() != null && personal.email().indexOf('@') > 0
                && containsPart(password, personal.email().substring(0, personal.email().indexOf('@')))) {
            found.add("the email address");
        }
        return found;
    }

    private static boolean containsWord(String password, String name) {
        if (name == null) {
            return false;
        }
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (containsPart(password, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPart(String password, String part) {
        return part != null && part.length() >= MIN_PART && password.contains(part.toLowerCase(Locale.ROOT));
    }

    private static Violation secret(String column, UserRuleCode rule, String message) {
        return new Violation(column, rule, message, "");
    }
}
