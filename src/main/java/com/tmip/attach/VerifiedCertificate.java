package com.tmip.attach;

import com.tmip.cod.CodAttachment;
import com.tmip.cod.CodVerification;
import com.tmip.run.ImportFile;

/**
 * One certificate file of the run, verified: its verification, and for a verified file the bytes to store.
 *
 * @param attachment null unless the file verified
 */
public record VerifiedCertificate(ImportFile file, CodVerification verification, CodAttachment attachment) {
}
