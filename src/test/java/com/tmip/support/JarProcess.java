package com.tmip.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The packaged {@code target/tmip.jar}, started as a separate process in a working folder of its own. */
public final class JarProcess {

    static final Path JAR = Path.of("target/tmip.jar").toAbsolutePath();

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private JarProcess(Process process) {
        this.process = process;
        this.pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        pump.start();
    }

    /**
     * Starts {@code java -Xmx512m -jar target/tmip.jar ARGS} in {@code workDir}, whose {@code data/} holds the
     * embedded database ({@code TMIP_HOME}, unless {@code env} sets it); stderr is merged into stdout.
     */
    public static JarProcess start(Path workDir, List<String> env, String... args) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run `mvn verify` (integration tests need the jar)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("TMIP_HOME", workDir.toAbsolutePath().toString());
        for (String pair : env) {
            int eq = pair.indexOf('=');
            builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try {
            return new JarProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end and returns the exit code (fails after {@code minutes}). */
    public int waitFor(int minutes) {
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("tmip did not finish in " + minutes + " min: " + output());
            }
            pump.join(10_000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a line of output matches, or the process ends; true when it matched. */
    public boolean awaitLine(Predicate<String> match, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (lines.stream().anyMatch(match)) {
                return true;
            }
            Thread.sleep(50);
        }
        return lines.stream().anyMatch(match);
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public int kill() {
        process.destroyForcibly();
        return waitFor(1);
    }

    public String output() {
        return String.join("\n", lines);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
