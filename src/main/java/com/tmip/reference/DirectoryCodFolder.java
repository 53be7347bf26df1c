package com.tmip.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A CoD folder listed once, when built: the names of the regular files directly inside it (symbolic links
 * count only when they point to a regular file inside the folder; subfolders never count). Immutable, so
 * files added during a run are not seen until the next run.
 */
public final class DirectoryCodFolder implements CodFolder {

    private static final CodFolder NONE = new CodFolder() {
        @Override
        public boolean contains(String fileName) {
            return false;
        }

        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public String toString() {
            return "no CoD folder";
        }
    };

    private final Path directory;
    private final Set<String> names;

    /**
     * Lists {@code directory} now.
     *
     * @throws IllegalArgumentException when it is not a readable directory
     */
    public DirectoryCodFolder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the CoD folder " + directory + " is not a directory");
        }
        this.directory = directory;
        this.names = Set.copyOf(list(directory));
    }

    /** The folder to use when no {@code --cod-dir} was given: it contains nothing and is not configured. */
    public static CodFolder none() {
        return NONE;
    }

    /** {@link #none()} when {@code directoryOrNull} is null, else the listed folder. */
    public static CodFolder of(Path directoryOrNull) {
        return directoryOrNull == null ? NONE : new DirectoryCodFolder(directoryOrNull);
    }

    /** Whether {@code name} is a plain file name (no path, no "..", no control characters). */
    public static boolean isPlainName(String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean contains(String fileName) {
        return isPlainName(fileName) && names.contains(fileName);
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    /** The folder as given. */
    public Path directory() {
        return directory;
    }

    /** How many files the folder held when listed. */
    public int size() {
        return names.size();
    }

    @Override
    public String toString() {
        return "CoD folder " + directory;
    }

    private static Set<String> list(Path directory) {
        Set<String> found = new HashSet<>();
        try {
            Path realDirectory = directory.toRealPath();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    if (isAcceptedFile(entry, realDirectory)) {
                        found.add(entry.getFileName().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the CoD folder " + directory, e);
        }
        return found;
    }

    private static boolean isAcceptedFile(Path entry, Path realDirectory) {
        if (!Files.isSymbolicLink(entry)) {
            return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        }
        try {
            Path target = entry.toRealPath();
            return target.startsWith(realDirectory) && Files.isRegularFile(target);
        } catch (IOException | SecurityException e) {
            return false; // a dangling or unreadable link is not a file we can attach
        }
    }
}
