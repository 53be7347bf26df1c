/**
 * {@code attach-cods DIR}: attaches the signed Certificates of Destruction of a folder to the COD plans they
 * document. Each file is verified as the import verifies a named CoD ({@link com.tmip.cod.CodVerifier}); the serials
 * it lists are matched to registered items, and each item awaiting its certificate becomes documented, pointing at
 * the certificate stored once by its SHA-256. A certificate never documents another account's equipment, an item
 * already documented by another certificate, or a trade-in. The decisions are those of
 * {@link com.tmip.attach.CertificateRules}, a plain class; the job is that of
 * {@link com.tmip.attach.AttachCodsJobConfiguration}.
 */
package com.tmip.attach;
