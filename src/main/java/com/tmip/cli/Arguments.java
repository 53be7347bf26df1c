package com.tmip.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks of option values and operands shared by the commands; each failure is a one-line {@link UsageException}. */
final class Arguments {

    private static final Path DEFAULT_OUT = Path.of("reports");

    private Arguments() {
    }

    /** An input file that exists and can be read, as an absolute path. */
    static Path readableFile(String name) {
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + name);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("not a readable file: " + name);
        }
        return file;
    }

    /** Readable input files, none given twice. */
    static List<Path> readableFiles(Collection<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = readableFile(name);
            if (files.contains(file)) {
                throw new UsageException("file given twice: " + name);
            }
            files.add(file);
        }
        return files;
    }

    /** An existing folder named by {@code option}, or null when the option is not given. */
    static Path directory(String name, String option) {
        if (name == null) {
            return null;
        }
        Path dir = Path.of(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + ": no such folder: " + name);
        }
        return dir;
    }

    /** The reports folder of {@code --out}, by default ./reports; it need not exist yet. */
    static Path outDir(String out) {
        Path dir = (out == null ? DEFAULT_OUT : Path.of(out)).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out is not a folder: " + out);
        }
        return dir;
    }

    /** A whole number from {@code min} to {@code max}. */
    static int number(String value, String option, int min, int max, String rule) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be " + rule + ", not '" + value + "'");
    }

    /** {@code value} when it is one of {@code choices}, else a usage error that suggests the nearest. */
    static String oneOf(String value, Collection<String> choices, String what) {
        if (!choices.contains(value)) {
            throw new UsageException("no " + what + " '" + value + "': choose " + String.join(", ", choices)
                    + Suggest.nearest(value, choices));
        }
        return value;
    }
}
