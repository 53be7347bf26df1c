package com.tmip.account;

import com.tmip.reference.EditDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known accounts, matched by id or name without regard to case, spacing, punctuation or accents.
 *
 * <p>Immutable apart from a bounded memo of {@link #suggest(String) suggestions} (at most
 * {@value #SUGGESTION_CACHE_SIZE} entries, least recently used evicted). That memo is guarded by a lock, so
 * one instance may be shared between threads; it is sized and tuned for the single thread of a batch step.
 */
public final class AccountDirectory {

    /** Texts longer than this are never matched: no account id or name is that long. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** How many distinct failed texts keep their suggestion. */
    public static final int SUGGESTION_CACHE_SIZE = 10_000;

    private static final int MIN_ABBREVIATION = 4;
    private static final int HISTOGRAM_BUCKETS = 32;

    private final int size;
    private final Map<String, Account> byExactId;
    private final Map<String, List<Account>> byIdKey;
    private final Map<String, List<Account>> byNameKey;
    /** One display name per distinct name key, in first-seen order: the candidates for suggestions. */
    private final List<Candidate> nameCandidates;
    private final Map<String, Optional<String>> suggestions = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > SUGGESTION_CACHE_SIZE;
        }
    };

    public AccountDirectory(Collection<Account> accounts) {
        Map<String, List<Account>> exact = new LinkedHashMap<>();
        Map<String, List<Account>> ids = new LinkedHashMap<>();
        Map<String, List<Account>> names = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Account account : accounts) {
            if (account.accountId() != null && !account.accountId().isBlank()) {
                exact.computeIfAbsent(account.accountId().trim(), k -> new ArrayList<>()).add(account);
                addTo(ids, key(account.accountId()), account);
            }
            if (account.accountName() != null) {
                String nameKey = key(account.accountName());
                if (!nameKey.isEmpty() && !names.containsKey(nameKey)) {
                    candidates.add(new Candidate(nameKey, account.accountName().trim(), histogram(nameKey)));
                }
                addTo(names, nameKey, account);
            }
        }
        this.size = accounts.size();
        Map<String, Account> unique = new LinkedHashMap<>();
        exact.forEach((id, list) -> {
            if (list.size() == 1) {
                unique.put(id, list.get(0));
            }
        });
        this.byExactId = Map.copyOf(unique);
        this.byIdKey = freeze(ids);
        this.byNameKey = freeze(names);
        this.nameCandidates = List.copyOf(candidates);
    }

    /**
     * The comparison key of an account id or name: accents removed (compatibility decomposition, NFKD, then
     * combining marks dropped), lower-case, letters and digits only. "Société Générale, S.A." and
     * "societe generale sa" have the same key; so do full-width and ASCII digits.
     */
    public static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The single account {@code text} names (by id first, then by name), or empty if none or several. */
    public Optional<Account> find(String text) {
        List<Account> matches = matches(text);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * Every account {@code text} could mean: the account whose id it is exactly; else those whose id has the
     * same key; else those whose name has the same key. More than one means the text is ambiguous.
     */
    public List<Account> matches(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            return List.of();
        }
        Account exact = byExactId.get(text.trim());
        if (exact != null) {
            return List.of(exact);
        }
        String key = key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Account> byId = byIdKey.get(key);
        if (byId != null) {
            return byId;
        }
        return byNameKey.getOrDefault(key, List.of());
    }

    /**
     * The known account name nearest to {@code text}, or empty when none is near: the name whose key is fewest
     * edits away ({@link EditDistance}, at most max(2, key length / 3)); failing that, a name the text
     * abbreviates or extends ("Acme Corp" → "ACME Corporation"). Meant for texts that {@link #find} did not
     * match; answers are memoised per key.
     */
    public Optional<String> suggest(String text) {
        if (text == null || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        synchronized (suggestions) {
            Optional<String> known = suggestions.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<String> nearest = nearest(key);
        synchronized (suggestions) {
            suggestions.put(key, nearest);
        }
        return nearest;
    }

    /** How many accounts are known. */
    public int size() {
        return size;
    }

    private Optional<String> nearest(String key) {
        int limit = EditDistance.nearLimit(key.length());
        int[] keyHistogram = histogram(key);
        String best = null;
        int bestDistance = limit + 1;
        for (Candidate candidate : nameCandidates) {
            if (Math.abs(candidate.key().length() - key.length()) >= bestDistance
                    || histogramDistance(keyHistogram, candidate.histogram()) >= bestDistance) {
                continue; // both are lower bounds of the edit distance: this one cannot beat the best so far
            }
            int distance = EditDistance.bounded(key, candidate.key(), bestDistance - 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate.name();
            }
        }
        return best != null ? Optional.of(best) : abbreviated(key);
    }

    /**
     * A name that the text abbreviates ("Acme Corp" for "ACME Corporation": its key starts with the text's key),
     * the shortest such; else a name the text extends ("ACME Corporation Inc"), the longest such. Keys shorter
     * than {@value #MIN_ABBREVIATION} characters never count, so "AC" suggests nothing.
     */
    private Optional<String> abbreviated(String key) {
        if (key.length() < MIN_ABBREVIATION) {
            return Optional.empty();
        }
        String shortestLonger = null;
        int shortestLength = Integer.MAX_VALUE;
        String longestShorter = null;
        int longestLength = MIN_ABBREVIATION - 1;
        for (Candidate candidate : nameCandidates) {
            String candidateKey = candidate.key();
            if (candidateKey.startsWith(key) && candidateKey.length() < shortestLength) {
                shortestLonger = candidate.name();
                shortestLength = candidateKey.length();
            } else if (key.startsWith(candidateKey) && candidateKey.length() > longestLength) {
                longestShorter = candidate.name();
                longestLength = candidateKey.length();
            }
        }
        return Optional.ofNullable(shortestLonger != null ? shortestLonger : longestShorter);
    }

    /** Character counts by bucket; bucketing only merges counts, so the distance below stays a lower bound. */
    private static int[] histogram(String key) {
        int[] counts = new int[HISTOGRAM_BUCKETS];
        for (int i = 0; i < key.length(); i++) {
            counts[key.charAt(i) & (HISTOGRAM_BUCKETS - 1)]++;
        }
        return counts;
    }

    /**
     * A lower bound of the edit distance: each edit adds at most one character the other side lacks and removes
     * at most one it has (a swap changes neither).
     */
    private static int histogramDistance(int[] a, int[] b) {
        int surplus = 0;
        int deficit = 0;
        for (int k = 0; k < HISTOGRAM_BUCKETS; k++) {
            int difference = a[k] - b[k];
            if (difference > 0) {
                surplus += difference;
            } else {
                deficit -= difference;
            }
        }
        return Math.max(surplus, deficit);
    }

    private record Candidate(String key, String name, int[] histogram) {
    }

    private static void addTo(Map<String, List<Account>> index, String key, Account account) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(account);
        }
    }

    private static Map<String, List<Account>> freeze(Map<String, List<Account>> index) {
        Map<String, List<Account>> frozen = new LinkedHashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
