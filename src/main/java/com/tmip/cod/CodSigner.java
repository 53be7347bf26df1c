package com.tmip.cod;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** The organisation (O=) values of the subject; none when it has none or cannot be read. */
    public List<String> organisations() {
        List<String> organisations = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("O")) {
                    organisations.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException | RuntimeException e) {
            return List.of();
        }
        return organisations;
    }
}
