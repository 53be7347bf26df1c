package com.tmip.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known MX Series platforms (reference data, not an enum), matched without regard to case, spaces or
 * punctuation: "mx-480" and " Mx 480 " are both MX480. Immutable.
 */
public final class PlatformCatalog {

    /** The classpath location of the platform list shipped with the product. */
    public static final String DEFAULT_LOCATION = "reference/platforms.txt";

    private final List<String> platforms;
    private final Map<String, String> byKey;
    /** (key, canonical name) in list order, for suggestions. */
    private final List<Map.Entry<String, String>> entries;

    private PlatformCatalog(Collection<String> names, String source) {
        Map<String, String> index = new LinkedHashMap<>();
        for (String name : names) {
            String trimmed = name.trim();
            String key = key(trimmed);
            if (!key.isEmpty()) {
                index.putIfAbsent(key, trimmed.toUpperCase(Locale.ROOT));
            }
        }
        if (index.isEmpty()) {
            throw new IllegalArgumentException("the platform list " + source + " names no platform");
        }
        this.byKey = Map.copyOf(index);
        this.platforms = List.copyOf(index.values());
        this.entries = index.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** The given platform names, canonical as written (upper-cased). */
    public static PlatformCatalog of(Collection<String> names) {
        return new PlatformCatalog(names, "given");
    }

    /** The list shipped with the product, {@value #DEFAULT_LOCATION}. */
    public static PlatformCatalog defaults() {
        return fromResource(DEFAULT_LOCATION);
    }

    /** A list on the classpath: one platform per line, {@code #} comments and blank lines ignored. */
    public static PlatformCatalog fromResource(String classpathLocation) {
        String location = classpathLocation.startsWith("/") ? classpathLocation.substring(1) : classpathLocation;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PlatformCatalog.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("no platform list on the classpath at " + classpathLocation);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PlatformCatalog(parse(reader.lines().toList()), classpathLocation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform list " + classpathLocation, e);
        }
    }

    /** A list in a file, so an operator can change it without a rebuild; same form as the shipped list. */
    public static PlatformCatalog fromFile(Path file) {
        try {
            return new PlatformCatalog(parse(Files.readAllLines(file, StandardCharsets.UTF_8)), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the platform list " + file, e);
        }
    }

    /** The canonical name of the platform {@code text} names, e.g. "mx 480" → "MX480", or empty. */
    public Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(text)));
    }

    /**
     * The nearest known platform to an unknown {@code text} ("MX408" → "MX480"), or empty if none is within
     * max(2, length / 3) edits ({@link EditDistance}).
     */
    public Optional<String> suggest(String text) {
        String key = text == null ? "" : key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int limit = EditDistance.nearLimit(key.length());
        String best = null;
        int bestDistance = limit + 1;
        boolean bestSameLength = false;
        for (Map.Entry<String, String> entry : entries) {
            boolean sameLength = entry.getKey().length() == key.length();
            int distance = EditDistance.bounded(key, entry.getKey(), bestDistance);
            // Nearest wins; on a tie a platform of the same length (a typo, not a missing digit) wins.
            if (distance < bestDistance || distance == bestDistance && distance <= limit && sameLength
                    && !bestSameLength) {
                bestDistance = distance;
                best = entry.getValue();
                bestSameLength = sameLength;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The known platforms, canonical names, in list order. */
    public List<String> platforms() {
        return platforms;
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase)
                .forEach(key::appendCodePoint);
        return key.toString().toUpperCase(Locale.ROOT);
    }

    private static List<String> parse(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1).strip();
            }
            if (!text.isEmpty() && !text.startsWith("#")) {
                names.add(text);
            }
        }
        return names;
    }
}
