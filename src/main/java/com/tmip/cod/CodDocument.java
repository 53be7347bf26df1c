package com.tmip.cod;

import java.util.Set;

/**
 * A CoD whose signature verified: its hash, who signed it, and the serial numbers its text lists.
 *
 * @param listedSerials the serial numbers the document lists (see {@link ListedSerials})
 * @param hasText       false for a scan (no visible text): serials cannot be checked against it
 */
public record CodDocument(String fileName, String sha256, long sizeBytes, String contentType, CodSigner signer,
                          Set<String> listedSerials, boolean hasText) {

    public CodDocument {
        listedSerials = Set.copyOf(listedSerials);
    }

    /** Whether the document's text lists {@code serial} (trimmed, upper-cased); false when it has no text. */
    public boolean lists(String serial) {
        return listedSerials.contains(serial);
    }

    /** VERIFIED, or VERIFIED_NO_TEXT for a scan whose serials could not be checked. */
    public String verificationResult() {
        return hasText ? "VERIFIED" : "VERIFIED_NO_TEXT";
    }
}
