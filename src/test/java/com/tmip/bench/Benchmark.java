package com.tmip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The million-row benchmark (issue 7). Generates the inputs with {@link EquipmentListGenerator}, then times, each
 * in a fresh JVM ({@code -Xmx512m}) on a fresh embedded database: the streaming parse of each input alone, the
 * plain Spring Batch copy job ({@code plaincopy.PlainCopyJob}), {@code import-equipment} of the CSV and of the
 * XLSX, a second import of the CSV into the now-full database, an import of N/10 rows and one of a header-only
 * file (the fixed cost of a run). Times are the child process's wall time; peak heap is the largest heap in use
 * that the child's GC log shows (before a collection, or at exit).
 * <p>
 * System properties: {@code n} (rows, default 1,000,000), {@code repeat} (runs of each item; medians are printed),
 * {@code bench.dir} (default {@code bench}), {@code jar} (default {@code target/tmip.jar}); {@code bench.only=partitions}
 * runs only the remote partitioning lines ({@link PartitionBenchmark}; needs PostgreSQL and RabbitMQ).
 */
public final class Benchmark {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    /** One timed child process. */
    record Result(String label, long rows, double seconds, long peakHeapMb, String note) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final Path dir;
    private final Path jar;
    private final String java;
    private final String classPath;
    private final List<String> log = new ArrayList<>();

    Benchmark(Path dir, Path jar) {
        this.dir = dir.toAbsolutePath();
        this.jar = jar.toAbsolutePath();
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.classPath = System.getProperty("java.class.path");
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("n", args.length > 0 ? args[0] : "1000000").replace("_", ""));
        int repeat = Integer.parseInt(System.getProperty("repeat", "1"));
        Path dir = Path.of(System.getProperty("bench.dir", "bench"));
        Path jar = Path.of(System.getProperty("jar", "target/tmip.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: run mvn package first");
        }
        if (System.getProperty("bench.only", "").equals("partitions")) {
            int partitions = Integer.parseInt(System.getProperty("partitions", "4"));
            EquipmentListGenerator.Generated list = new Benchmark(dir, jar).generateOnce(new EquipmentListGenerator(42L),
                    dir.resolve("data"), "equipment-" + n, n, false);
            new PartitionBenchmark(dir, jar).run(list, partitions);
            return;
        }
        new Benchmark(dir, jar).run(n, repeat);
    }

    void run(int n, int repeat) throws Exception {
        Path data = dir.resolve("data");
        EquipmentListGenerator generator = new EquipmentListGenerator(42L);
        long started = System.nanoTime();
        EquipmentListGenerator.Generated big = generateOnce(generator, data, "equipment-" + n, n, true);
        EquipmentListGenerator.Generated small = generateOnce(generator, data, "equipment-" + n / 10, n / 10, false);
        EquipmentListGenerator.Generated empty = generateOnce(generator, data, "equipment-0", 0, false);
        System.out.printf(Locale.ROOT, "inputs ready in %.0f s: %s (%,d bytes), %s (%,d bytes)%n",
                (System.nanoTime() - started) / 1e9, big.csv().getFileName(), Files.size(big.csv()),
                big.xlsx().getFileName(), Files.size(big.xlsx()));

        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int r = 1; r <= repeat; r++) {
            System.out.println("-- run " + r + " of " + repeat);
            add(results, parse("parse CSV (opencsv readNext)", "opencsv", big.csv(), n));
            add(results, parse("parse CSV (TableReaders)", "table", big.csv(), n));
            add(results, parse("parse XLSX (TableReaders, POI streaming)", "table", big.xlsx(), n));
            add(results, peer("plain peer: FlatFile -> JdbcBatch, CSV", big.csv(), n));
            Path csvRun = fresh("import-csv");
            add(results, importEquipment("import-equipment CSV", csvRun, big, big.csv(), n));
            add(results, importEquipment("import-equipment CSV again (all duplicates)", csvRun, big, big.csv(), n));
            add(results, importEquipment("import-equipment XLSX", fresh("import-xlsx"), big, big.xlsx(), n));
            add(results, importEquipment("import-equipment CSV, N/10", fresh("import-small"), small, small.csv(),
                    n / 10));
            add(results, importEquipment("import-equipment header only (fixed cost)", fresh("import-empty"), empty,
                    empty.csv(), 0));
        }
        print(n, repeat, results);
    }

    private EquipmentListGenerator.Generated generateOnce(EquipmentListGenerator generator, Path data, String name,
                                                          int n, boolean xlsx) throws IOException {
        Path csv = data.resolve(name + ".csv");
        Path book = data.resolve(name + ".xlsx");
        if (Files.isRegularFile(csv) && (!xlsx || Files.isRegularFile(book))
                && Files.isRegularFile(data.resolve("accounts.csv"))) {
            return new EquipmentListGenerator.Generated(data.resolve("accounts.csv"), csv, xlsx ? book : null,
                    data.resolve("cod"), n); // the same seed gives the same rows: reuse
        }
        return generator.generate(data, name, n, xlsx);
    }

    private static void add(Map<String, List<Result>> results, Result result) {
        results.computeIfAbsent(result.label(), k -> new ArrayList<>()).add(result);
        System.out.printf(Locale.ROOT, "   %-46s %7.1f s  %s%n", result.label(), result.seconds(), result.note());
    }

    private Result parse(String label, String mode, Path file, long rows) throws Exception {
        Path work = fresh("parse");
        return time(label, rows, work, javaCommand(work, "-cp", classPath, ParseOnly.class.getName(), mode,
                file.toString()), 0);
    }

    private Result peer(String label, Path csv, long rows) throws Exception {
        Path work = fresh("peer");
        return time(label, rows, work, javaCommand(work, "-cp", classPath, "plaincopy.PlainCopyJob", csv.toString(),
                productDatabaseUrl()), 0);
    }

    private Result importEquipment(String label, Path work, EquipmentListGenerator.Generated inputs, Path file,
                                   long rows) throws Exception {
        if (!Files.isDirectory(work.resolve("data"))) {
            Result accounts = time("import-accounts", 0, work, javaCommand(work, "-jar", jar.toString(),
                    "import-accounts", inputs.accounts().toString()), 0);
            if (!accounts.note().isEmpty()) {
                throw new IllegalStateException("import-accounts failed: " + accounts.note());
            }
        }
        return time(label, rows, work, javaCommand(work, "-jar", jar.toString(), "import-equipment",
                file.toString(), "--cod-dir", inputs.codDir().toString(), "--out", "reports"), 3, 0);
    }

    /** The product's default embedded database URL, relative to the working directory: the peer gets the same. */
    private static String productDatabaseUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Benchmark.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(.*)}").matcher(url);
        return placeholder.matches() ? placeholder.group(1) : url;
    }

    private List<String> javaCommand(Path work, String... args) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
                "-Xlog:gc,gc+heap+exit:file=" + work.resolve("gc.log") + ":none"));
        command.addAll(List.of(args));
        return command;
    }

    private Result time(String label, long rows, Path work, List<String> command, int... okExitCodes)
            throws Exception {
        Path out = work.resolve("stdout.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("stderr.txt").toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String note = "";
        boolean ok = false;
        for (int code : okExitCodes) {
            ok |= code == exit;
        }
        if (!ok) {
            note = "EXIT " + exit + " (see " + work + ")";
        } else if (label.startsWith("import-equipment")) {
            note = counts(work);
        }
        long peak = peakHeapMb(work.resolve("gc.log"));
        Files.deleteIfExists(work.resolve("gc.log"));
        return new Result(label, rows, seconds, peak, note);
    }

    /** read / accepted / rejected / duplicates of the newest run's summary.json. */
    private static String counts(Path work) throws IOException {
        Path newest;
        try (Stream<Path> runs = Files.list(work.resolve("reports"))) {
            newest = runs.max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
        JsonNode summary = new ObjectMapper().readTree(newest.resolve("summary.json").toFile());
        JsonNode total = summary.has("total") ? summary.get("total") : summary;
        return String.format(Locale.ROOT, "read %s, accepted %s, rejected %s, duplicates %s",
                total.path("rows_read").asText("?"), total.path("accepted").asText("?"),
                total.path("rejected").asText("?"), total.path("duplicates").asText("?"));
    }

    static long peakHeapMb(Path gcLog) throws IOException {
        if (!Files.isRegularFile(gcLog)) {
            return -1;
        }
        long peak = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (pause.find()) {
                peak = Math.max(peak, Long.parseLong(pause.group(1)));
            }
            Matcher exit = HEAP_AT_EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Long.parseLong(exit.group(1)) / 1024);
            }
        }
        return peak;
    }

    private Path fresh(String name) throws IOException {
        Path work = dir.resolve("runs").resolve(name);
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return Files.createDirectories(work);
    }

    private static Result median(List<Result> runs) {
        List<Result> sorted = runs.stream().sorted(Comparator.comparingDouble(Result::seconds)).toList();
        Result mid = sorted.get(sorted.size() / 2);
        long peak = runs.stream().mapToLong(Result::peakHeapMb).max().orElse(-1);
        String spread = runs.size() < 2 ? "" : String.format(Locale.ROOT, " [%.1f-%.1f]", sorted.get(0).seconds(),
                sorted.get(sorted.size() - 1).seconds());
        return new Result(mid.label(), mid.rows(), mid.seconds(), peak, spread);
    }

    private void print(int n, int repeat, Map<String, List<Result>> results) {
        Map<String, Result> m = new LinkedHashMap<>();
        results.forEach((label, runs) -> m.put(label, median(runs)));
        line(String.format(Locale.ROOT, "tmip benchmark, N = %,d rows, seed 42, %d cores, Java %s, -Xmx512m per"
                        + " process, %s; wall time of a fresh JVM each (Spring start included)",
                n, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                repeat == 1 ? "one run" : "median of " + repeat + " runs [min-max]"));
        for (Result r : m.values()) {
            line(String.format(Locale.ROOT, "%-46s %8.1f s %,10.0f rows/s  peak heap %4d MB%s", r.label(),
                    r.seconds(), r.rows() == 0 ? 0 : r.rowsPerSecond(), r.peakHeapMb(), r.note()));
        }
        double csv = m.get("import-equipment CSV").seconds();
        double xlsx = m.get("import-equipment XLSX").seconds();
        double again = m.get("import-equipment CSV again (all duplicates)").seconds();
        double small = m.get("import-equipment CSV, N/10").seconds();
        double fixed = m.get("import-equipment header only (fixed cost)").seconds();
        ratio("CSV import / plain peer", csv / m.get("plain peer: FlatFile -> JdbcBatch, CSV").seconds(),
                "<= 1.0", csv / m.get("plain peer: FlatFile -> JdbcBatch, CSV").seconds() <= 1.0);
        ratio("XLSX import / XLSX parse", xlsx / m.get("parse XLSX (TableReaders, POI streaming)").seconds(),
                "<= 1.3", xlsx / m.get("parse XLSX (TableReaders, POI streaming)").seconds() <= 1.3);
        ratio("N / (N/10), wall", csv / small, "10 +-20%", Math.abs(csv / small - 10) <= 2);
        double net = (csv - fixed) / (small - fixed);
        ratio("N / (N/10), net of the fixed cost", net, "10 +-20%", Math.abs(net - 10) <= 2);
        ratio("all-duplicates rerun / first import", again / csv, "<= 1.0", again / csv <= 1.0);
        long peak = m.values().stream().mapToLong(Result::peakHeapMb).max().orElse(-1);
        line(String.format(Locale.ROOT, "largest peak heap of any run: %d MB of 512 MB", peak));
        try {
            Files.write(dir.resolve("results.txt"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ratio(String name, double value, String target, boolean met) {
        line(String.format(Locale.ROOT, "ratio %-40s %6.2f  target %-9s %s", name, value, target,
                met ? "met" : "NOT met"));
    }

    private void line(String text) {
        log.add(text);
        System.out.println(text);
    }
}
