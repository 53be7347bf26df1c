package com.tmip.attach;

import com.tmip.cod.CodVerifier;
import com.tmip.run.ImportFile;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Verifies one certificate file, as the import verifies a named CoD; a bad file ends as its verification, never as
 * an exception.
 */
class CertificateProcessor implements ItemProcessor<ImportFile, VerifiedCertificate> {

    private final CodVerifier verifier;

    CertificateProcessor(CodVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public VerifiedCertificate process(ImportFile file) {
        CodVerifier.Outcome outcome = verifier.verify(file.fileName());
        return new VerifiedCertificate(file, outcome.verification(), outcome.attachment());
    }
}
