package com.tmip.support;

import com.tmip.TmipApplication;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the real {@code tmip} command in-process against its own embedded database file, as a user would run the
 * jar, and reads that database afterwards.
 */
public final class Tmip {

    private final Path home;
    private final Database database;

    /** Against an embedded HSQLDB file under {@code home}. */
    public Tmip(Path home) {
        this(home, Database.hsqldb(home));
    }

    public Tmip(Path home, Database database) {
        this.home = home;
        this.database = database;
    }

    public Database database() {
        return database;
    }

    public Path reports() {
        return home.resolve("reports");
    }

    /** Runs a command; {@code --out} defaults to this instance's reports folder for import commands. */
    public Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db-url");
        all.add(database.url());
        all.add("--spring.datasource.username=" + database.user());
        if (args.length > 0 && (args[0].startsWith("import-") || args[0].equals("reconcile-credits"))
                && !all.contains("--out")) {
            all.add("--out");
            all.add(reports().toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TmipApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Queries the database the commands used (it is closed between commands). */
    public <T> T query(Function<JdbcTemplate, T> query) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.url(), database.user(), "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            T result = query.apply(jdbc);
            if (database.url().startsWith("jdbc:hsqldb:")) {
                jdbc.execute("SHUTDOWN");
            }
            return result;
        } finally {
            dataSource.destroy();
        }
    }

    public String string(String sql, Object... args) {
        return query(jdbc -> jdbc.queryForObject(sql, String.class, args));
    }

    public long count(String sql, Object... args) {
        return query(jdbc -> jdbc.queryForObject(sql, Long.class, args));
    }

    public record Result(int exitCode, String out, String err) {

        /** The run id printed on the first line of an import's summary. */
        public String runId() {
            String first = out.lines().findFirst().orElseThrow();
            return first.split(" ")[1];
        }
    }
}
