package com.tmip.input;

import com.tmip.support.JarProcess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred malformed lists — the sample CSV and workbooks truncated, bit-flipped, spliced and replaced by noise
 * behind a real signature, made from a fixed seed — go through the real jar at {@code -Xmx512m} in one
 * {@code import-equipment}: every file ends as its own rejection or its rows' (exit 3, or 2 for a usage error),
 * never a crash, a stack trace on the console or a heap exhausted, and the same command run again completes.
 */
class InputFuzzIT {

    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final int PER_KIND = 80;

    @Test
    void malformedListsAreRejectedNeverCrashTheRun(@TempDir Path home) throws IOException {
        Path in = Files.createDirectory(home.resolve("in"));
        List<byte[]> seeds = List.of(Files.readAllBytes(SAMPLES.resolve("equipment.csv")),
                Files.readAllBytes(SAMPLES.resolve("equipment.xlsx")),
                Files.readAllBytes(TestWorkbooks.xls(Files.createDirectory(home.resolve("xls")))));
        List<String> extensions = List.of(".csv", ".xlsx", ".xls");
        SplittableRandom random = new SplittableRandom(20261201L);
        List<String> args = new ArrayList<>(List.of("import-equipment"));
        for (int kind = 0; kind < seeds.size(); kind++) {
            for (int i = 0; i < PER_KIND; i++) {
                Path file = in.resolve("fuzz-" + kind + "-" + i + extensions.get(random.nextInt(3)));
                Files.write(file, mutate(seeds.get(kind), random));
                args.add(file.toString());
            }
        }
        assertThat(JarProcess.start(home, List.of(), "import-accounts", SAMPLES.resolve("accounts.csv").toString())
                .waitFor(2)).isZero();

        for (int attempt = 1; attempt <= 2; attempt++) {
            JarProcess run = JarProcess.start(home, List.of(), args.toArray(String[]::new));
            int exit = run.waitFor(10);
            assertThat(exit).as("attempt %d: %s", attempt, tail(run.output())).isIn(2, 3);
            // no stack trace: POI's own log lines may still name an exception in a word (issue of the console's
            // noise, not of a crash), but no frame, cause or uncaught exception reaches the console
            assertThat(run.output()).as("attempt %d", attempt).doesNotContain("\tat ").doesNotContain("Caused by:")
                    .doesNotContain("Exception in thread").doesNotContain("OutOfMemoryError");
        }
    }

    /** One of: truncated, bytes flipped, a slice repeated, noise after the first bytes, or the bytes reversed. */
    private static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] bytes = seed.clone();
        switch (random.nextInt(5)) {
            case 0 -> bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
            case 1 -> {
                for (int n = 1 + random.nextInt(40); n > 0; n--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 2 -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(4096));
                byte[] spliced = Arrays.copyOf(bytes, bytes.length + length * 3);
                for (int r = 0; r < 3; r++) {
                    System.arraycopy(bytes, from, spliced, bytes.length + r * length, length);
                }
                bytes = spliced;
            }
            case 3 -> {
                int keep = Math.min(bytes.length, 8);
                byte[] noise = new byte[keep + random.nextInt(64 * 1024)];
                System.arraycopy(bytes, 0, noise, 0, keep);
                for (int i = keep; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                bytes = noise;
            }
            default -> {
                for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
                    byte b = bytes[i];
                    bytes[i] = bytes[j];
                    bytes[j] = b;
                }
            }
        }
        return bytes;
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 3000));
    }
}
