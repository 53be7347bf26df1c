package com.tmip.input;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link FileInspector} learned about one input file: its identity (name, size, SHA-256) and how to read it.
 *
 * @param path      the file
 * @param fileName  the file's name without folders, as the partner named it
 * @param sha256    the SHA-256 of the file's bytes, lower-case hex
 * @param size      the size in bytes
 * @param format    the format detected from the content
 * @param charset   the text encoding of a CSV file; null for a workbook
 * @param delimiter the field separator of a CSV file ({@code ','} or {@code ';'}); {@code '\0'} for a workbook
 */
public record InspectedFile(Path path, String fileName, String sha256, long size, InputFormat format,
                            Charset charset, char delimiter) {

    public InspectedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        if (format == InputFormat.CSV && charset == null) {
            throw new IllegalArgumentException("a CSV file needs a charset");
        }
    }
}
