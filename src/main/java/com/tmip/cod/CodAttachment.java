package com.tmip.cod;

/**
 * A verified CoD with the exact bytes that were verified, ready to be stored.
 *
 * @param detachedSignature the {@code .p7s} bytes for a detached signature, else null
 */
public record CodAttachment(CodDocument document, byte[] content, byte[] detachedSignature) {
}
