/**
 * Certificates of Destruction: finds a CoD file safely inside the CoD folder, verifies its signature (an embedded
 * PDF signature, or a detached {@code <file>.p7s} for a scan) against the configured trust anchors, extracts the
 * serial numbers and account its visible text names, and stores the verified bytes once, by SHA-256, in the chunk's
 * transaction. Each distinct file is read and verified once per run, within the limits of {@link
 * com.tmip.cod.CodLimits}: whatever a file holds ends as a verification, never as an exception. The per-row checks
 * are whether the row's serial is listed and the certificate is made out to the row's account.
 */
package com.tmip.cod;
