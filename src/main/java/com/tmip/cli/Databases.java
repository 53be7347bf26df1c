package com.tmip.cli;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database a command uses, as a person reads it, and the check that a listing never creates an empty embedded
 * database: {@code runs} or {@code cases} run from the wrong folder, or with the wrong {@code --home}, would
 * otherwise answer "no runs yet" from a database made for the occasion.
 */
final class Databases {

    private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

    private Databases() {
    }

    /** The URL without its parameters ({@code ;…}, {@code ?…}) or credentials ({@code user:password@}). */
    static String describe(String url) {
        if (url == null || url.isBlank()) {
            return "(none)";
        }
        String bare = url.split("[;?]", 2)[0];
        return bare.replaceFirst("//[^/@]*@", "//");
    }

    /** The file an embedded HSQLDB {@code file:} URL names (its files are FILE.script, FILE.properties, …). */
    static Optional<Path> embeddedFile(String url) {
        if (url == null || !url.startsWith(HSQLDB_FILE)) {
            return Optional.empty();
        }
        String file = url.substring(HSQLDB_FILE.length()).split(";", 2)[0];
        if (file.startsWith("~/")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        return Optional.of(Path.of(file).toAbsolutePath().normalize());
    }

    /** True when the embedded database {@code file} has been created. */
    static boolean exists(Path file) {
        return Files.exists(file.resolveSibling(file.getFileName() + ".script"))
                || Files.exists(file.resolveSibling(file.getFileName() + ".properties"));
    }

    /** A listing found no embedded database where it looked, and created none. */
    static final class MissingDatabaseException extends RuntimeException {

        MissingDatabaseException(String message) {
            super(message);
        }
    }

    /**
     * Refuses to start a read-only command on an embedded database that does not exist. It looks before anything
     * creates the database or its folder ({@code PrivateFolders}), and if there is none points the application at
     * nothing for the moment left; it refuses once logging is set up, so the refusal is the command's one line and
     * not a logged trace.
     */
    static final class ExistingDatabaseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
            Ordered {

        private String missing;

        /** The two listeners: the look (before the folders are created) and the refusal (after logging starts). */
        List<ApplicationListener<?>> listeners() {
            ApplicationListener<ApplicationEnvironmentPreparedEvent> refusal = new Refusal();
            return List.of(this, refusal);
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            String url = event.getEnvironment().getProperty("spring.datasource.url");
            embeddedFile(url).filter(file -> !exists(file)).ifPresent(file -> {
                missing = "no database at " + file + ": nothing has been imported with this home; give the home of"
                        + " your imports with --home DIR or TMIP_HOME (default ~/.tmip), or the database with"
                        + " --db-url URL";
                event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tmip-no-database",
                        Map.of("spring.datasource.url", "jdbc:hsqldb:mem:no-database")));
            });
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 2;
        }

        private final class Refusal implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

            @Override
            public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
                if (missing != null) {
                    throw new MissingDatabaseException(missing);
                }
            }

            @Override
            public int getOrder() {
                return LoggingApplicationListener.DEFAULT_ORDER + 1;
            }
        }
    }
}
