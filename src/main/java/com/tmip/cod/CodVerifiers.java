package com.tmip.cod;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the {@link CodDocuments} of a run from the settings: {@code tmip.cod.trust-dir} (the folder of trusted
 * partner and vendor CA certificates, default {@code ./trust}, overridden by {@code --trust-dir}) and
 * {@code tmip.cod.max-bytes} (the largest CoD accepted, default 50 MB).
 */
@Component
public class CodVerifiers {

    private final Path defaultTrustDir;
    private final long maxBytes;
    private final Clock clock;

    public CodVerifiers(@Value("${tmip.cod.trust-dir:trust}") Path defaultTrustDir,
                        @Value("${tmip.cod.max-bytes:52428800}") long maxBytes, Clock clock) {
        this.defaultTrustDir = defaultTrustDir;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The CoD files of a run over {@code codDir} (none when null), trusting {@code trustDir} or the default. */
    public CodDocuments forRun(Path codDir, Path trustDir) {
        if (codDir == null) {
            return CodDocuments.none();
        }
        TrustAnchors anchors = TrustAnchors.load(trustDir != null ? trustDir : defaultTrustDir.toAbsolutePath());
        return CodDocuments.of(new CodVerifier(codDir, anchors, maxBytes, clock));
    }
}
