/**
 * Remote partitioning: the equipment import's partitions sent as requests over a durable RabbitMQ queue to worker
 * processes on any number of hosts, with PostgreSQL holding the job repository and the data all hosts share. Built
 * on Spring Batch's own {@code MessageChannelPartitionHandler} (the manager polls the job repository for the
 * partitions' outcome) and {@code StepExecutionRequestHandler} (a worker runs the partition it is sent). Nothing
 * here is active unless the command asks for it: {@code worker}, or {@code import-equipment --partitions N --remote}.
 */
package com.tmip.remote;
