package com.tmip.remote;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

import java.time.Duration;

/** Makes the manager's partition handler of one file step: requests to the broker, outcome from the job repository. */
public class RemotePartitionHandlers {

    private final MessagingTemplate requests;
    private final JobRepository jobRepository;
    private final Duration pollInterval;

    RemotePartitionHandlers(MessagingTemplate requests, JobRepository jobRepository, Duration pollInterval) {
        this.requests = requests;
        this.jobRepository = jobRepository;
        this.pollInterval = pollInterval;
    }

    /** @param stepName the bean name of the step every partition runs (workers look it up by that name) */
    public PartitionHandler handler(String stepName, int gridSize) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(stepName);
        handler.setGridSize(gridSize);
        handler.setMessagingOperations(requests);
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(pollInterval.toMillis());
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return handler;
    }
}
