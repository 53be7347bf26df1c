package com.tmip.remote;

import com.tmip.config.TmipProperties;
import com.tmip.run.SharedDatabase;

import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * {@code worker}: processes partition requests from the broker until the process is stopped (SIGTERM or Ctrl-C
 * finish the partition's current chunk transaction or roll it back; either way nothing is lost).
 */
@Component
public class PartitionWorker {

    private final TmipProperties properties;
    private final SharedDatabase sharedDatabase;
    private final ApplicationContext context;

    public PartitionWorker(TmipProperties properties, SharedDatabase sharedDatabase, ApplicationContext context) {
        this.properties = properties;
        this.sharedDatabase = sharedDatabase;
        this.context = context;
    }

    public int run(PrintStream out) throws InterruptedException {
        sharedDatabase.require("worker");
        // the worker builders' flows (request → range step) are registered stopped: start them, then the consumer
        context.getBean(IntegrationFlowContext.class).getRegistry().values()
                .forEach(IntegrationFlowContext.IntegrationFlowRegistration::start);
        context.getBean(RemotePartitioningConfiguration.INBOUND, Lifecycle.class).start();
        out.println("worker: processing partitions from queue "
                + properties.partition().queue() + " until stopped");
        out.flush();
        Thread.currentThread().join();
        return 0;
    }
}
