package com.tmip.cod;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A CoD whose signature verified: its hash, who signed it, the serial numbers it lists and its visible text.
 *
 * @param listedSerials the serial numbers the document lists (see {@link ListedSerials})
 * @param hasText       false for a scan (no extractable text): serials and account cannot be checked against it
 * @param words         the visible text as lower-case words without accents, one space apart, for
 *                      {@link #names(String)}
 */
public record CodDocument(String fileName, String sha256, long sizeBytes, String contentType, CodSigner signer,
                          Set<String> listedSerials, boolean hasText, String words) {

    public CodDocument {
        listedSerials = Set.copyOf(listedSerials);
        words = words == null ? "" : words;
    }

    /** A document whose text was not kept (a scan). */
    public CodDocument(String fileName, String sha256, long sizeBytes, String contentType, CodSigner signer,
                       Set<String> listedSerials, boolean hasText) {
        this(fileName, sha256, sizeBytes, contentType, signer, listedSerials, hasText, "");
    }

    /** Whether the document's text lists {@code serial} (trimmed, upper-cased); false when it has no text. */
    public boolean lists(String serial) {
        return listedSerials.contains(serial);
    }

    /**
     * Whether the certificate is made out to {@code account} (an account id or name): its visible text holds it as
     * whole words, or its signer's organisation (O=) is it, compared without regard to case, accents, spacing or
     * punctuation ("Contoso Networks, Ltd." names "Contoso Networks Ltd").
     */
    public boolean names(String account) {
        String wanted = words(account);
        if (wanted.isEmpty()) {
            return false;
        }
        if ((" " + words + " ").contains(" " + wanted + " ")) {
            return true;
        }
        return signer.organisations().stream().anyMatch(o -> words(o).equals(wanted));
    }

    /** VERIFIED, or VERIFIED_NO_TEXT for a scan whose serials could not be checked. */
    public String verificationResult() {
        return hasText ? "VERIFIED" : "VERIFIED_NO_TEXT";
    }

    /** Lower-case letters and digits, accents removed, every other run of characters one space. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder words = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && !words.isEmpty()) {
                    words.append(' ');
                }
                gap = false;
                words.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }
}
