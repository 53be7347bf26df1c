package com.tmip.files;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the log file's folder ({@code logging.file.name}) and the embedded database's folder (a
 * {@code jdbc:hsqldb:file:} URL) the owner's only, once the configuration is known and before the log or the
 * database opens them: after the properties are loaded, before the logging system starts.
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
    }

    static List<Path> folders(Environment environment) {
        List<Path> folders = new ArrayList<>();
        String log = environment.getProperty("logging.file.name");
        if (log != null && !log.isBlank()) {
            parent(Path.of(log)).ifPresent(folders::add);
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && url.startsWith(HSQLDB_FILE)) {
            String file = url.substring(HSQLDB_FILE.length()).split(";", 2)[0];
            if (file.startsWith("~/")) {
                file = System.getProperty("user.home") + file.substring(1);
            }
            parent(Path.of(file)).ifPresent(folders::add);
        }
        return folders;
    }

    private static Optional<Path> parent(Path file) {
        return Optional.ofNullable(file.toAbsolutePath().normalize().getParent());
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}
