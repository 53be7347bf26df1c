package com.tmip.users.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A list of passwords too common to allow, compared without regard to case. A password also counts as common
 * when, without its trailing digits and symbols, it is a listed word of at least {@value #MIN_CORE} characters
 * ("Password2024!" is "password" plus a suffix).
 */
public final class CommonPasswords {

    /** The list shipped with the product, one password per line, {@code #} starts a comment. */
    public static final String RESOURCE = "/reference/common-passwords.txt";
    static final int MIN_CORE = 6;

    private final Set<String> passwords;

    public CommonPasswords(Collection<String> passwords) {
        Set<String> lower = new HashSet<>();
        passwords.forEach(p -> lower.add(p.toLowerCase(Locale.ROOT)));
        this.passwords = Set.copyOf(lower);
    }

    /** The list shipped with the product. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list in the shipped format: UTF-8, one password per line, blank lines and {@code #} comments ignored. */
    public static CommonPasswords read(InputStream in) throws IOException {
        Set<String> list = new HashSet<>();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(list::add);
        return new CommonPasswords(list);
    }

    public boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (passwords.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end >= MIN_CORE && end < lower.length() && passwords.contains(lower.substring(0, end));
    }

    public int size() {
        return passwords.size();
    }
}
