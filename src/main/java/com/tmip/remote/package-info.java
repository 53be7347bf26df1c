/**
 * Remote partitioning: the partitions of a file step sent as requests over a durable RabbitMQ queue to worker
 * processes on any number of hosts, with PostgreSQL holding the job repository and the data all hosts share. The
 * jobs build their steps with Spring Batch Integration's remote partitioning builders (the manager polls the job
 * repository for the partitions' outcome; a worker runs the partition it is sent); this package only connects
 * their channels to the broker and runs the {@code worker} command. Nothing here is active unless the command asks
 * for it: {@code worker}, or {@code import-equipment --partitions N --remote}.
 */
package com.tmip.remote;
