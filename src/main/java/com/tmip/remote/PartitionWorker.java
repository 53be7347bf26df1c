package com.tmip.remote;

import com.tmip.config.TmipProperties;
import com.tmip.run.UnsupportedRequestException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * {@code worker}: processes partition requests from the broker until the process is stopped (SIGTERM or Ctrl-C
 * finish the partition's current chunk transaction or roll it back; either way nothing is lost). Also the check
 * that remote partitioning has a database every host shares.
 */
@Component
public class PartitionWorker {

    private final Environment environment;
    private final TmipProperties properties;
    private final ObjectProvider<RemotePartitionHandlers> remote;
    private final ApplicationContext context;

    public PartitionWorker(Environment environment, ObjectProvider<RemotePartitionHandlers> remote,
                           ApplicationContext context, TmipProperties properties) {
        this.properties = properties;
        this.environment = environment;
        this.remote = remote;
        this.context = context;
    }

    /** Refuses remote partitioning on the embedded database: workers on other hosts could not reach it. */
    public void requireSharedDatabase(String what) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UnsupportedRequestException(what + " needs PostgreSQL, the database every host shares (--db-url"
                    + " jdbc:postgresql://HOST/DB, TMIP_DB_URL or --spring.profiles.active=postgres); the embedded"
                    + " database is local to this process");
        }
    }

    /** The manager's partition handlers; present only when the command line asked for remote partitioning. */
    public RemotePartitionHandlers handlers() {
        return remote.getObject();
    }

    public int run(PrintStream out) throws InterruptedException {
        requireSharedDatabase("worker");
        context.getBean(RemotePartitioningConfiguration.INBOUND, Lifecycle.class).start();
        out.println("worker: processing partitions from queue "
                + properties.partition().queue() + " until stopped");
        out.flush();
        Thread.currentThread().join();
        return 0;
    }
}
