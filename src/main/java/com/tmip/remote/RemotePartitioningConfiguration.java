package com.tmip.remote;

import com.tmip.config.TmipProperties;
import com.tmip.run.FileSteps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;


/**
 * The broker side of remote partitioning, active only with {@code tmip.partition.remote=true} (set by the command
 * line for {@code worker} and {@code --remote}; every other command never touches the broker). The jobs build
 * their manager and worker steps with Spring Batch Integration's remote partitioning builders; this wires their
 * channels to the broker. One durable queue carries the partition requests as persistent messages
 * ({@code stepName:stepExecutionId}, plain text). A worker takes one request at a time and acknowledges it only
 * when the partition has finished, so the request of a worker that dies mid-partition goes back to the queue and
 * another worker resumes that partition from its last committed chunk. The manager learns the outcome by polling
 * the job repository (no reply queue to lose).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tmip.partition.remote", havingValue = "true")
@EnableIntegration
@EnableBatchIntegration
public class RemotePartitioningConfiguration {

    /** The worker's consumer; started by {@link PartitionWorker} once the database is known to be shared. */
    static final String INBOUND = "partitionRequestsInbound";

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioningConfiguration.class);

    @Bean
    Queue partitionRequestQueue(TmipProperties properties) {
        return QueueBuilder.durable(properties.partition().queue()).build();
    }

    /** Manager side: where a file step's partition handler sends its requests. */
    @Bean(FileSteps.REQUESTS_CHANNEL)
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Manager side: requests from the partition handler to the durable queue. */
    @Bean
    IntegrationFlow partitionRequestsToBroker(@Qualifier(FileSteps.REQUESTS_CHANNEL) DirectChannel partitionRequests,
                                              AmqpTemplate amqpTemplate, Queue partitionRequestQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, RemotePartitioningConfiguration::encode)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(partitionRequestQueue.getName()))
                .get();
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }

    /**
     * Worker side, only in {@code worker} ({@code tmip.partition.worker=true}): hands the requests it receives to
     * the range step a job built with the worker builder, on {@link FileSteps#WORKER_REQUESTS_CHANNEL}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "tmip.partition.worker", havingValue = "true")
    static class Worker {

        @Bean(FileSteps.WORKER_REQUESTS_CHANNEL)
        DirectChannel partitionRequestsReceived() {
            return new DirectChannel();
        }

        @Bean(FileSteps.WORKER_REPLIES_CHANNEL)
        DirectChannel partitionsRun() {
            return new DirectChannel();
        }

        /**
         * One request at a time per consumer (prefetch 1, so an idle worker is never starved by a busy one), acked
         * after the partition ends (every channel on the way is direct: the partition runs in the consumer's
         * thread); a request that cannot be handled at all is logged and dropped, not redelivered in a loop. A
         * request for a partition that is not waiting to run (a stale message after the manager was restarted,
         * whose partition the restart recreated) is ignored, so a partition never runs twice at once.
         */
        @Bean
        IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionRequestQueue,
                                                    JobRepository jobRepository, TmipProperties properties,
                                                    @Qualifier(FileSteps.WORKER_REQUESTS_CHANNEL)
                                                    DirectChannel received) {
            int threads = properties.partition().workerThreads();
            return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionRequestQueue)
                            .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(threads)
                                    .defaultRequeueRejected(false))
                            .id(INBOUND).autoStartup(false))
                    .transform(String.class, RemotePartitioningConfiguration::decode)
                    .filter(StepExecutionRequest.class, request -> waiting(jobRepository, request))
                    .channel(received)
                    .get();
        }

        /** Logs the outcome of each partition the worker ran. */
        @Bean
        IntegrationFlow partitionOutcomes(@Qualifier(FileSteps.WORKER_REPLIES_CHANNEL) DirectChannel run) {
            return IntegrationFlow.from(run)
                    .handle(StepExecution.class, (execution, headers) -> {
                        log.info("partition {} (step execution {}) {}", execution.getStepName(), execution.getId(),
                                execution.getStatus().name().toLowerCase());
                        return null;
                    })
                    .get();
        }

        private static boolean waiting(JobRepository jobRepository, StepExecutionRequest request) {
            log.info("partition request: step execution {}", request.getStepExecutionId());
            StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
            if (partition == null) {
                log.warn("partition request for step execution {}, which does not exist; ignored",
                        request.getStepExecutionId());
                return false;
            }
            boolean waiting = partition.getJobExecution().isRunning() && (partition.getStatus() == BatchStatus.STARTING
                    || partition.getStatus() == BatchStatus.STARTED);
            if (!waiting) {
                log.info("partition {} of job execution {} is {} (job {}); request ignored", partition.getStepName(),
                        partition.getJobExecutionId(), partition.getStatus(), partition.getJobExecution().getStatus());
            }
            return waiting;
        }
    }
}
