package com.tmip.cod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CoD files of one run: each distinct file is verified once, on first use, and its result kept for the rest of
 * the run (a file named by many rows is never read again). The bytes of a verified file are kept only until the
 * writer of the chunk that first used it takes them ({@link #takeVerifiedBytes()}) to store them in its transaction.
 * Not thread-safe: one run's steps run one at a time.
 */
public final class CodDocuments {

    private static final CodDocuments NONE = new CodDocuments(null);

    private final Function<String, CodVerifier.Outcome> verifier;
    private final Map<String, CodVerification> verifications = new HashMap<>();
    private final List<CodAttachment> pending = new ArrayList<>();

    /** @param verifier verifies one file name; null when no CoD folder was given */
    public CodDocuments(Function<String, CodVerifier.Outcome> verifier) {
        this.verifier = verifier;
    }

    public static CodDocuments of(CodVerifier verifier) {
        return new CodDocuments(verifier::verify);
    }

    /** For a run without {@code --cod-dir}: every CoD is missing. */
    public static CodDocuments none() {
        return NONE;
    }

    public boolean isConfigured() {
        return verifier != null;
    }

    /** The verification of {@code fileName} (a plain name), verifying it now if this run has not yet. */
    public CodVerification verify(String fileName) {
        CodVerification known = verifications.get(fileName);
        if (known != null) {
            return known;
        }
        CodVerifier.Outcome outcome = verifier.apply(fileName);
        verifications.put(fileName, outcome.verification());
        if (outcome.attachment() != null) {
            pending.add(outcome.attachment());
        }
        return outcome.verification();
    }

    /** The verified files (with their bytes) not yet handed out, and forgets those bytes. */
    public List<CodAttachment> takeVerifiedBytes() {
        List<CodAttachment> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /** How many distinct files this run has verified (or tried to). */
    public int verifiedCount() {
        return verifications.size();
    }
}
