package com.tmip.cod;

import com.tmip.config.TmipProperties;

import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the {@link CodDocuments} of a run from the settings {@code tmip.cod.*} ({@link TmipProperties.Cod}): the
 * folder of trusted partner and vendor CA certificates ({@code tmip.cod.trust-dir}, overridden by
 * {@code --trust-dir}) and the limits of one CoD file ({@link CodLimits}).
 */
@Component
public class CodVerifiers {

    private final Path defaultTrustDir;
    private final CodLimits limits;
    private final Clock clock;

    public CodVerifiers(TmipProperties properties, Clock clock) {
        this.defaultTrustDir = properties.cod().trustDir();
        this.limits = CodLimits.of(properties.cod());
        this.clock = clock;
    }

    /** A verifier of the files of {@code folder}, trusting {@code trustDir} or, when null, the default. */
    public CodVerifier verifier(Path folder, Path trustDir) {
        TrustAnchors anchors = TrustAnchors.load(trustDir != null ? trustDir : defaultTrustDir.toAbsolutePath());
        return new CodVerifier(folder, anchors, limits, clock);
    }

    /** The largest CoD file accepted, in bytes ({@code tmip.cod.max-bytes}). */
    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The CoD files of a run over {@code codDir} (none when null), trusting {@code trustDir} or the default. */
    public CodDocuments forRun(Path codDir, Path trustDir) {
        if (codDir == null) {
            return CodDocuments.none();
        }
        TrustAnchors anchors = TrustAnchors.load(trustDir != null ? trustDir : defaultTrustDir.toAbsolutePath());
        return CodDocuments.of(new CodVerifier(codDir, anchors, limits, clock));
    }
}
