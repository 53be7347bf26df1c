package com.tmip.portal;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded database can be open in one process only. {@code serve} leaves a note beside its files
 * ({@code tmip.serving}: the portal's process id and address) for as long as it runs; any other command on the same
 * embedded database finds the note and stops at once with one line saying what to do, instead of waiting for the
 * database's lock to time out.
 */
public final class EmbeddedDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String NOTE = "tmip.serving";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url");
        Optional<Path> note = note(url);
        if (note.isEmpty() || !Files.isRegularFile(note.get())) {
            return;
        }
        String[] fields;
        try {
            fields = Files.readString(note.get(), StandardCharsets.UTF_8).strip().split("\\s+", 2);
        } catch (IOException e) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(fields[0]);
        } catch (NumberFormatException e) {
            return;
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (pid == ProcessHandle.current().pid() || !alive) {
            return;
        }
        String where = fields.length > 1 ? " at " + fields[1] : "";
        throw new IllegalStateException("the portal (tmip serve, process " + pid + where + ") holds the embedded"
                + " database; use the portal, or stop it and run the command again, or run both on PostgreSQL"
                + " (--db-url)");
    }

    /** Where {@code serve} leaves its note for an embedded (HSQLDB file) database URL; empty for any other. */
    static Optional<Path> note(String url) {
        String prefix = "jdbc:hsqldb:file:";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String path = url.substring(prefix.length()).split(";", 2)[0];
        Path database = Path.of(path).toAbsolutePath().normalize();
        Path dir = database.getParent();
        return Optional.of((dir == null ? database : dir).resolve(NOTE));
    }
}
