/**
 * Certificates of Destruction: finds a CoD file safely inside the CoD folder, verifies its signature (an embedded
 * PDF signature, or a detached {@code <file>.p7s} for a scan) against the configured trust anchors, extracts the
 * serial numbers it lists, and stores the verified bytes once, by SHA-256, in the chunk's transaction. Each distinct
 * file is read and verified once per run; the per-row check is only whether the row's serial is listed.
 */
package com.tmip.cod;
