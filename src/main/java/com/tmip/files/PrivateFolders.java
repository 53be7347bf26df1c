package com.tmip.files;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates the log file's folder ({@code logging.file.name}) and the embedded database's folder (a
 * {@code jdbc:hsqldb:file:} URL) the owner's only, once the configuration is known and before the log or the
 * database opens them: after the properties are loaded, before the logging system starts. The files the database
 * and the log leave there (HSQLDB's {@code tmip.script}, {@code tmip.data}…, the log and its rolled copies) get
 * default permissions from their library, so they are made the owner's only too ({@link #restrictOwnFiles}), here
 * and again once the database has opened and after it has shut down ({@link PrivateDataFiles}); so is a folder
 * that existed already, when it holds nothing but tmip's files (a folder shared with other files, such as a home
 * folder, is left as its owner made it).
 */
public final class PrivateFolders implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        for (Path folder : folders(event.getEnvironment())) {
            try {
                PrivateFiles.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
            }
        }
        restrictOwnFiles(event.getEnvironment());
    }

    static List<Path> folders(Environment environment) {
        return new ArrayList<>(ownFiles(environment).keySet());
    }

    /**
     * The folders of the log and of the embedded database, each with the name prefixes of the files tmip keeps there
     * ({@code tmip.log} for the log {@code tmip.log} and its rolled copies, {@code tmip.} for the database
     * {@code tmip}).
     */
    static Map<Path, List<String>> ownFiles(Environment environment) {
        Map<Path, List<String>> own = new LinkedHashMap<>();
        String log = environment.getProperty("logging.file.name");
        if (log != null && !log.isBlank()) {
            Path file = Path.of(log);
            parent(file).ifPresent(folder -> own.computeIfAbsent(folder, k -> new ArrayList<>())
                    .add(file.getFileName().toString()));
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && url.startsWith(HSQLDB_FILE)) {
            String file = url.substring(HSQLDB_FILE.length()).split(";", 2)[0];
            if (file.startsWith("~/")) {
                file = System.getProperty("user.home") + file.substring(1);
            }
            Path database = Path.of(file);
            parent(database).ifPresent(folder -> own.computeIfAbsent(folder, k -> new ArrayList<>())
                    .add(database.getFileName() + "."));
        }
        return own;
    }

    /**
     * Makes tmip's files in the log and database folders the owner's only (HSQLDB's folder {@code tmip.tmp} with
     * what is in it), and each such folder too when it holds nothing else.
     */
    static void restrictOwnFiles(Environment environment) {
        ownFiles(environment).forEach((folder, prefixes) -> {
            if (!Files.isDirectory(folder)) {
                return;
            }
            boolean onlyOurs = true;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (prefixes.stream().anyMatch(name::startsWith)) {
                        restrictTree(entry);
                    } else {
                        onlyOurs = false;
                    }
                }
            } catch (IOException e) {
                return; // a folder this user cannot list is not ours
            }
            if (onlyOurs) {
                PrivateFiles.restrict(folder);
            }
        });
    }

    private static void restrictTree(Path path) throws IOException {
        PrivateFiles.restrict(path);
        if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    restrictTree(entry);
                }
            }
        }
    }

    private static Optional<Path> parent(Path file) {
        return Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}
