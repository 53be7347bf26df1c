package com.tmip.cod;

import com.tmip.config.TmipProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How much one CoD file may ask of the verifier. Each limit is a {@code tmip.cod.*} property (see
 * {@link CodVerifiers}); a file that exceeds one is rejected with that limit's rule code, and the run goes on.
 *
 * @param maxBytes          the largest file ({@code tmip.cod.max-bytes}, COD_FILE_TOO_LARGE)
 * @param maxStreamBytes    the most one stream of the PDF may decode to ({@code tmip.cod.max-stream-bytes},
 *                          COD_STREAM_TOO_LARGE)
 * @param maxDecodedBytes   the most all its streams together may decode to ({@code tmip.cod.max-decoded-bytes},
 *                          COD_CONTENT_TOO_LARGE); also the most PDFBox may buffer, in memory and scratch files
 * @param memoryBudgetBytes what PDFBox may buffer in memory before it uses scratch files
 *                          ({@code tmip.cod.memory-budget-bytes})
 * @param scratchDir        where those scratch files go ({@code tmip.cod.scratch-dir}); null for the system's
 *                          temporary folder
 * @param maxPages          the most pages a CoD may have ({@code tmip.cod.max-pages}, COD_TOO_MANY_PAGES)
 * @param maxTextChars      the most characters its pages may draw, visible or not ({@code tmip.cod.max-text-chars},
 *                          COD_TEXT_TOO_LONG)
 * @param maxOperators      the most drawing instructions its pages may run, forms included
 *                          ({@code tmip.cod.max-operators}, COD_FILE_TOO_COMPLEX): the same count every run
 * @param maxCpuTime        the most processor time reading its pages may take ({@code tmip.cod.max-cpu-time},
 *                          COD_FILE_TOO_COMPLEX): a backstop for work the counts above do not see (fonts, images)
 */
public record CodLimits(long maxBytes, long maxStreamBytes, long maxDecodedBytes, long memoryBudgetBytes,
                        Path scratchDir, int maxPages, int maxTextChars, long maxOperators, Duration maxCpuTime) {

    public static final long MB = 1024L * 1024;

    public CodLimits {
        if (maxBytes <= 0 || maxStreamBytes <= 0 || maxDecodedBytes <= 0 || memoryBudgetBytes <= 0 || maxPages <= 0
                || maxTextChars <= 0 || maxOperators <= 0 || maxCpuTime == null || maxCpuTime.isNegative()
                || maxCpuTime.isZero()) {
            throw new IllegalArgumentException("every tmip.cod limit must be positive");
        }
    }

    /** The limits the settings {@code tmip.cod.*} ask for. */
    public static CodLimits of(TmipProperties.Cod cod) {
        String scratchDir = cod.scratchDir();
        return new CodLimits(cod.maxBytes(), cod.maxStreamBytes(), cod.maxDecodedBytes(), cod.memoryBudgetBytes(),
                scratchDir.isBlank() ? null : Path.of(scratchDir.strip()), cod.maxPages(), cod.maxTextChars(),
                cod.maxOperators(), cod.maxCpuTime());
    }

    /** The defaults of {@link TmipProperties.Cod}, with {@code maxBytes} as the file cap. */
    public static CodLimits defaults(long maxBytes) {
        return new CodLimits(maxBytes, 64 * MB, 256 * MB, 16 * MB, null, 1000, 500_000, 5_000_000,
                Duration.ofSeconds(30));
    }

    /** A size for a message: whole MB when it is one, else bytes. */
    static String size(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
