package com.tmip.attach;

import com.tmip.run.RunRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The certificate files of a folder, in name order: every entry but sub-folders, hidden files (a leading dot) and
 * detached signatures ({@code .p7s}, verified with the scan they sign). Whatever else an entry is (a link, a device,
 * a file too large), it is listed, and its verification says what is wrong with it.
 */
final class CertificateFolder {

    private final Path folder;
    private final List<String> names;

    private CertificateFolder(Path folder, List<String> names) {
        this.folder = folder;
        this.names = List.copyOf(names);
    }

    /** The certificates of {@code folder}; with {@code only}, just those of these names. */
    static CertificateFolder of(Path folder, Set<String> only) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".p7s")
                        || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        || only != null && !only.contains(name)) {
                    continue;
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the certificate folder " + folder + ": " + e.getMessage(), e);
        }
        names.sort(null);
        return new CertificateFolder(folder, names);
    }

    List<Path> paths() {
        return names.stream().map(folder::resolve).toList();
    }

    /** One inspection per certificate: nothing inspected (a certificate is not a table), never a problem. */
    List<RunRegistry.Inspection> inspections() {
        return paths().stream().map(path -> new RunRegistry.Inspection(path, null, null)).toList();
    }

    /**
     * What identifies the folder's content for resuming: each entry's name and the SHA-256 of its bytes (of a
     * {@code .p7s} beside it too), or what kind of entry it is when it is not a plain file of at most
     * {@code maxBytes}. The same folder again resumes its unfinished run; a changed one is a new run.
     */
    String fingerprint(long maxBytes) {
        StringBuilder key = new StringBuilder();
        for (String name : names) {
            key.append(name).append('=').append(content(folder.resolve(name), maxBytes));
            Path p7s = folder.resolve(name + ".p7s");
            if (Files.exists(p7s, LinkOption.NOFOLLOW_LINKS)) {
                key.append('+').append(content(p7s, maxBytes));
            }
            key.append('\u0000');
        }
        return key.toString();
    }

    private static String content(Path file, long maxBytes) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return attributes.isSymbolicLink() ? "link" : "other";
            }
            if (attributes.size() > maxBytes) {
                return "large:" + attributes.size();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
