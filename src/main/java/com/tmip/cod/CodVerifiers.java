package com.tmip.cod;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds the {@link CodDocuments} of a run from the settings: {@code tmip.cod.trust-dir} (the folder of trusted
 * partner and vendor CA certificates, default {@code ./trust}, overridden by {@code --trust-dir}) and the limits of
 * one CoD file ({@link CodLimits}): {@code tmip.cod.max-bytes} (50 MB), {@code tmip.cod.max-stream-bytes} (64 MB),
 * {@code tmip.cod.max-decoded-bytes} (256 MB), {@code tmip.cod.memory-budget-bytes} (16 MB),
 * {@code tmip.cod.scratch-dir} (blank: the system's temporary folder), {@code tmip.cod.max-pages} (1000) and
 * {@code tmip.cod.max-text-chars} (500,000).
 */
@Component
public class CodVerifiers {

    private final Path defaultTrustDir;
    private final CodLimits limits;
    private final Clock clock;

    public CodVerifiers(@Value("${tmip.cod.trust-dir:trust}") Path defaultTrustDir,
                        @Value("${tmip.cod.max-bytes:52428800}") long maxBytes,
                        @Value("${tmip.cod.max-stream-bytes:67108864}") long maxStreamBytes,
                        @Value("${tmip.cod.max-decoded-bytes:268435456}") long maxDecodedBytes,
                        @Value("${tmip.cod.memory-budget-bytes:16777216}") long memoryBudgetBytes,
                        @Value("${tmip.cod.scratch-dir:}") String scratchDir,
                        @Value("${tmip.cod.max-pages:1000}") int maxPages,
                        @Value("${tmip.cod.max-text-chars:500000}") int maxTextChars,
                        @Value("${tmip.cod.max-operators:5000000}") long maxOperators,
                        @Value("${tmip.cod.max-cpu-time:30s}") Duration maxCpuTime,
                        Clock clock) {
        this.defaultTrustDir = defaultTrustDir;
        this.limits = new CodLimits(maxBytes, maxStreamBytes, maxDecodedBytes, memoryBudgetBytes,
                scratchDir.isBlank() ? null : Path.of(scratchDir.strip()), maxPages, maxTextChars, maxOperators,
                maxCpuTime);
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
