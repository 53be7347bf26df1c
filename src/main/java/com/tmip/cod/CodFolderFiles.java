package com.tmip.cod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * Reads files that sit directly in the CoD folder, and nothing else: the name must be a plain file name, the entry
 * a regular file (not a symbolic link, folder, FIFO or device) whose real path is inside the folder, no larger than
 * the cap. The file is opened without following links and read once into memory.
 */
final class CodFolderFiles {

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path realFolder;
    private final long maxBytes;

    /** @throws IOException when the folder does not exist or cannot be resolved */
    CodFolderFiles(Path folder, long maxBytes) throws IOException {
        this.realFolder = folder.toRealPath();
        if (!Files.isDirectory(realFolder)) {
            throw new NoSuchFileException(folder + " is not a folder");
        }
        this.maxBytes = maxBytes;
    }

    /** The bytes of {@code name}, or the reason it cannot be used. */
    byte[] read(String name) throws CodRejection {
        return find(name, true).orElseThrow();
    }

    /** The bytes of {@code name} when such an entry exists (it must then pass every check); empty when absent. */
    Optional<byte[]> readIfPresent(String name) throws CodRejection {
        return find(name, false);
    }

    private Optional<byte[]> find(String name, boolean required) throws CodRejection {
        if (!CodFileName.isPlain(name)) {
            throw new CodRejection(CodProblem.FILE_NAME_INVALID, "CoD file name " + Quote.of(name)
                    + " must be a plain file name inside the CoD folder: no folders (/ or \\), no \"..\","
                    + " no drive letter, no control characters");
        }
        Path file = realFolder.resolve(name);
        if (!realFolder.equals(file.getParent())) {
            throw outside(name);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            if (!required) {
                return Optional.empty();
            }
            throw new CodRejection(CodProblem.FILE_NOT_FOUND, "CoD file " + Quote.of(name) + " is not in the CoD folder");
        } catch (IOException e) {
            throw unreadable(name);
        }
        if (attributes.isSymbolicLink()) {
            throw notRegular(name, "a symbolic link");
        }
        if (attributes.isDirectory()) {
            throw notRegular(name, "a folder");
        }
        if (!attributes.isRegularFile()) {
            throw notRegular(name, "a device, pipe or socket");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(name);
        }
        try {
            if (!file.toRealPath().getParent().equals(realFolder)) {
                throw outside(name);
            }
            return Optional.of(readCapped(file, name));
        } catch (IOException e) {
            throw unreadable(name);
        }
    }

    private byte[] readCapped(Path file, String name) throws IOException, CodRejection {
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_FOLLOW);
             InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(name); // it grew after we looked at its size
            }
            return bytes;
        }
    }

    private CodRejection tooLarge(String name) {
        return new CodRejection(CodProblem.FILE_TOO_LARGE, "CoD file " + Quote.of(name) + " is larger than "
                + maxBytes / (1024 * 1024) + " MB (" + maxBytes + " bytes), the most a CoD may be");
    }

    private static CodRejection notRegular(String name, String what) {
        return new CodRejection(CodProblem.FILE_NOT_REGULAR, "CoD file " + Quote.of(name) + " is " + what
                + ", not a plain file; put the signed file itself in the CoD folder");
    }

    private static CodRejection outside(String name) {
        return new CodRejection(CodProblem.FILE_OUTSIDE_FOLDER, "CoD file " + Quote.of(name)
                + " resolves to a place outside the CoD folder");
    }

    private static CodRejection unreadable(String name) {
        return new CodRejection(CodProblem.FILE_UNREADABLE, "CoD file " + Quote.of(name) + " cannot be read");
    }
}
