package com.tmip.remote;

import com.tmip.config.TmipProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;


/**
 * The broker side of remote partitioning, active only with {@code tmip.partition.remote=true} (set by the command
 * line for {@code worker} and {@code --remote}; every other command never touches the broker). One durable queue
 * carries the partition requests as persistent messages ({@code stepName:stepExecutionId}, plain text). A worker
 * takes one request at a time and acknowledges it only when the partition has finished, so the request of a
 * worker that dies mid-partition goes back to the queue and another worker resumes that partition from its last
 * committed chunk. The manager learns the outcome by polling the job repository (no reply queue to lose).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tmip.partition.remote", havingValue = "true")
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** The worker's consumer; started by {@link PartitionWorker} once the database is known to be shared. */
    static final String INBOUND = "partitionRequestsInbound";

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioningConfiguration.class);

    @Bean
    Queue partitionRequestQueue(TmipProperties properties) {
        return QueueBuilder.durable(properties.partition().queue()).build();
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Manager side: requests from the partition handler to the durable queue. */
    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, AmqpTemplate amqpTemplate,
                                              Queue partitionRequestQueue) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, RemotePartitioningConfiguration::encode)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(partitionRequestQueue.getName()))
                .get();
    }

    @Bean
    RemotePartitionHandlers remotePartitionHandlers(DirectChannel partitionRequests, JobRepository jobRepository,
                                                    TmipProperties properties) {
        MessagingTemplate template = new MessagingTemplate(partitionRequests);
        return new RemotePartitionHandlers(template, jobRepository, properties.partition().pollInterval());
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        int colon = text.lastIndexOf(':');
        return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }

    /** Worker side, only in {@code worker} ({@code tmip.partition.worker=true}): runs the partitions it is sent. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "tmip.partition.worker", havingValue = "true")
    static class Worker {

        @Bean
        StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
            BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
            steps.setBeanFactory(beanFactory);
            StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
            handler.setJobRepository(jobRepository);
            handler.setStepLocator(steps);
            return handler;
        }

        /**
         * One request at a time per consumer (prefetch 1, so an idle worker is never starved by a busy one), acked
         * after the partition ends; a request that cannot be handled at all is logged and dropped, not redelivered
         * in a loop.
         */
        @Bean
        IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionRequestQueue,
                                                    StepExecutionRequestHandler handler,
                                                    TmipProperties properties) {
            int threads = properties.partition().workerThreads();
            return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionRequestQueue)
                            .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(threads)
                                    .defaultRequeueRejected(false))
                            .id(INBOUND).autoStartup(false))
                    .handle(String.class, (payload, headers) -> {
                        StepExecutionRequest request = decode(payload);
                        log.info("partition request: step execution {}", request.getStepExecutionId());
                        var execution = handler.handle(request);
                        log.info("partition {} (step execution {}) {}", execution.getStepName(), execution.getId(),
                                execution.getStatus().name().toLowerCase());
                        return null;
                    })
                    .get();
        }
    }
}
