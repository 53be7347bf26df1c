package com.tmip.cod;

import java.time.Instant;

/**
 * Who signed a CoD and how.
 *
 * @param subject         the signer certificate's subject (RFC 2253)
 * @param issuer          its issuer
 * @param serialNumber    its serial number, hex
 * @param signingTime     the signing time the signature claims (signed attribute, else the PDF's /M)
 * @param digestAlgorithm e.g. SHA-256
 * @param kind            embedded PDF signature or detached .p7s
 */
public record CodSigner(String subject, String issuer, String serialNumber, Instant signingTime,
                        String digestAlgorithm, Kind kind) {

    /** Where the signature was found. */
    public enum Kind { PDF_EMBEDDED, DETACHED_P7S }
}
