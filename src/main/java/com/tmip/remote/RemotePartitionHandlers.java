package com.tmip.remote;

import com.tmip.equipment.EquipmentPartitionStep;

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

    public PartitionHandler handler(int gridSize) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(EquipmentPartitionStep.NAME);
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
