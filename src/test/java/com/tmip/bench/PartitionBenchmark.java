package com.tmip.bench;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The remote partitioning line of the benchmark (issue 8): {@code import-equipment --remote} of the same CSV with 1
 * and with 2 worker processes, against the PostgreSQL (127.0.0.1:5432, db test, or {@code TMIP_TEST_POSTGRES_URL})
 * and the RabbitMQ (127.0.0.1:5672) of this machine, each in a fresh schema with its own queue; plus the same
 * import in one process on PostgreSQL for reference. Prints the wall time of the manager (its Spring start
 * included; workers are started and ready before the clock starts) and rows per second, and the ratio.
 * <p>
 * Run: {@code mvn -B -Pbench package -DskipTests -Dbench.only=partitions -Dn=1000000}.
 */
final class PartitionBenchmark {

    private final Path dir;
    private final Path jar;
    private final String java;
    private final String server = System.getenv().getOrDefault("TMIP_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    PartitionBenchmark(Path dir, Path jar) {
        this.dir = dir.toAbsolutePath();
        this.jar = jar.toAbsolutePath();
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** @return the lines printed */
    List<String> run(EquipmentListGenerator.Generated list, int partitions) throws Exception {
        Timing single = time(list, 0, 0);
        Timing one = time(list, 1, partitions);
        Timing two = time(list, 2, partitions);
        int n = list.rows();
        List<String> lines = List.of(
                String.format(Locale.ROOT, "remote partitioning, N = %,d rows, %d cores; wall = the manager process"
                        + " (Spring start and reports included), step = the file step (rows registered)", n,
                        Runtime.getRuntime().availableProcessors()),
                line("import-equipment CSV on PostgreSQL, one process", n, single),
                line("--partitions " + partitions + " --remote, 1 worker", n, one),
                line("--partitions " + partitions + " --remote, 2 workers", n, two),
                String.format(Locale.ROOT, "ratio 2 workers / 1 worker, rows/s: wall %.2f, step %.2f",
                        one.wall() / two.wall(), one.step() / two.step()));
        lines.forEach(System.out::println);
        return lines;
    }

    /** Seconds: the manager process, and its file step (first partition started to last ended). */
    record Timing(double wall, double step) {
    }

    private static String line(String label, int n, Timing t) {
        return String.format(Locale.ROOT, "%-48s wall %6.1f s %,8.0f rows/s   step %6.1f s %,8.0f rows/s", label,
                t.wall(), n / t.wall(), t.step(), n / t.step());
    }

    /** Seconds of the manager's run with {@code workers} workers; 0 workers: an unpartitioned run. */
    private Timing time(EquipmentListGenerator.Generated list, int workers, int partitions) throws Exception {
        String schema = "tmip_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String queue = "tmip.bench." + schema;
        sql("CREATE SCHEMA " + schema);
        Path work = Files.createDirectories(dir.resolve("runs").resolve("partitions-" + workers));
        Files.deleteIfExists(work.resolve("output.txt"));
        List<Process> started = new ArrayList<>();
        try {
            List<String> common = List.of("--db-url", server + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
                    "--spring.datasource.username=postgres", "--tmip.partition.queue=" + queue,
                    "--tmip.partition.poll-interval=200ms");
            check(start(work, common, "import-accounts", list.accounts().toString()).waitFor(), "import-accounts");
            for (int w = 0; w < workers; w++) {
                Process worker = start(work, common, "worker");
                started.add(worker);
            }
            awaitReady(work, workers);
            List<String> args = new ArrayList<>(List.of("import-equipment", list.csv().toString(), "--cod-dir",
                    list.codDir().toString(), "--out", work.resolve("reports").toString()));
            if (workers > 0) {
                args.addAll(List.of("--partitions", String.valueOf(partitions), "--remote"));
            }
            long start = System.nanoTime();
            int exit = start(work, common, args.toArray(String[]::new)).waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            check(exit == 3 ? 0 : exit, "import-equipment with " + workers + " workers");
            return new Timing(seconds, stepSeconds(schema));
        } finally {
            started.forEach(Process::destroy);
            for (Process p : started) {
                p.waitFor(30, TimeUnit.SECONDS);
            }
            sql("DROP SCHEMA " + schema + " CASCADE");
            if (workers > 0) {
                deleteQueue(queue);
            }
        }
    }

    private Process start(Path work, List<String> common, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(common);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("output.txt").toFile()));
        builder.environment().put("TMIP_HOME", work.toString());
        return builder.start();
    }

    /** Waits until {@code count} workers have said, in the shared output file, that they are consuming. */
    private static void awaitReady(Path work, int count) throws Exception {
        Path output = work.resolve("output.txt");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(output) && Files.readAllLines(output).stream()
                    .filter(l -> l.startsWith("worker: processing partitions")).count() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("workers did not start: see " + output);
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " exited with " + exit);
        }
    }

    private static void deleteQueue(String queue) {
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
        } finally {
            broker.destroy();
        }
    }

    private double stepSeconds(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(server, "postgres", ""); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT EXTRACT(EPOCH FROM MAX(s.end_time) - MIN(s.start_time)) FROM "
                     + schema + ".batch_step_execution s JOIN " + schema + ".batch_job_execution e"
                     + " ON e.job_execution_id = s.job_execution_id JOIN " + schema + ".batch_job_instance i"
                     + " ON i.job_instance_id = e.job_instance_id"
                     + " WHERE i.job_name = 'importEquipment' AND s.step_name = 'file-1'")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(server, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
