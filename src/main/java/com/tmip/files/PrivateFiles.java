package com.tmip.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates folders {@code rwx------} and files {@code rw-------} where the file system has POSIX permissions, and
 * plainly elsewhere. Java has no umask: the permissions are asked for at creation and set again after it (a umask
 * may only take bits away, never the owner's here). Folders that exist already are left as their owner made them.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Like {@link Files#createDirectories}, each folder it creates the owner's only. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path folder = missing.pop();
            try {
                if (posix(folder)) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                    Files.setPosixFilePermissions(folder, FOLDER);
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
            }
        }
        return dir;
    }

    /** Creates {@code file} empty and the owner's only, replacing one left behind (a stale temporary file). */
    public static Path createFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (!posix(file)) {
            return Files.createFile(file);
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
        Files.createFile(file, ownerOnly);
        Files.setPosixFilePermissions(file, FILE);
        return file;
    }

    /**
     * Makes an existing file the owner's only ({@code rw-------}; a folder {@code rwx------}), where the file system
     * has POSIX permissions. A symbolic link, a missing file, or one this user may not change is left as it is: it
     * is the owner's to decide.
     */
    public static void restrict(Path path) {
        try {
            if (posix(path) && Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner, a read-only mount): left as it is
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
