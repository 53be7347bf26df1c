package com.tmip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * runs only the remote partitioning lines ({@link PartitionBenchmark}; needs PostgreSQL and RabbitMQ);
 * {@code bench.only=portal} the portal against the command line ({@link PortalBenchmark}, {@code portal.n} rows).
 */
public final class Benchmark {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private static final String PEER = "plain peer: FlatFile -> JdbcBatch, CSV";
    private static final String CSV = "import-equipment CSV";
    private static final String CSV_AGAIN = "import-equipment CSV again (all duplicates)";
    private static final String LARGE_CASES = "import-equipment CSV, large cases, ordered";
    private static final String XLSX = "import-equipment XLSX";
    private static final String SMALL = "import-equipment CSV, N/10";
    private static final String FIXED = "import-equipment header only (fixed cost)";
    private static final String PARSE_XLSX = "parse XLSX (TableReaders, POI streaming)";
    private static final Pattern PACE = Pattern.compile("pace: \\d+ chunks, last tenth / first tenth of the time ([0-9.]+)");

    /** The databases of the benchmark's columns. */
    enum Db {
        HSQLDB, POSTGRESQL
    }

    /** One timed child process; {@code flatness} is the worst pace line its log shows (NaN if none). */
    record Result(String label, Db db, long rows, double seconds, long peakHeapMb, double flatness, String note) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private final Path dir;
    private final Path jar;
    private final String java;
    private final String classPath;
    private final List<String> log = new ArrayList<>();
    private final BenchPostgres postgres = new BenchPostgres(System.getProperty("bench.postgres",
            "jdbc:postgresql://127.0.0.1:5432/test"));

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
        if (System.getProperty("bench.only", "").equals("portal")) {
            // the portal against the command line on the same workbook (docs/portal.md); n defaults to 100,000 here
            new PortalBenchmark(dir, jar).run(Integer.parseInt(System.getProperty("portal.n", "100000")));
            return;
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
        Path largeCases = data.resolve("large-cases-" + n + ".csv");
        if (!Files.isRegularFile(largeCases)) {
            generator.generateLargeCases(data, "large-cases-" + n, n);
        }
        System.out.printf(Locale.ROOT, "inputs ready in %.0f s: %s (%,d bytes), %s (%,d bytes), %s%n",
                (System.nanoTime() - started) / 1e9, big.csv().getFileName(), Files.size(big.csv()),
                big.xlsx().getFileName(), Files.size(big.xlsx()), largeCases.getFileName());
        List<Db> databases = new ArrayList<>(List.of(Db.HSQLDB));
        String unreachable = postgres.unreachable();
        if (unreachable == null) {
            databases.add(Db.POSTGRESQL);
        } else {
            System.out.println("PostgreSQL column left out: " + unreachable);
        }

        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int r = 1; r <= repeat; r++) {
            System.out.println("-- run " + r + " of " + repeat);
            add(results, parse("parse CSV (opencsv readNext)", "opencsv", big.csv(), n));
            add(results, parse("parse CSV (TableReaders)", "table", big.csv(), n));
            add(results, parse("parse XLSX (TableReaders, POI streaming)", "table", big.xlsx(), n));
            for (Db db : databases) {
                add(results, peer(db, PEER, big.csv(), n));
                Path csvRun = fresh(db, "import-csv");
                add(results, importEquipment(db, CSV, csvRun, big, big.csv(), n));
                add(results, importEquipment(db, CSV_AGAIN, csvRun, big, big.csv(), n));
                add(results, importEquipment(db, LARGE_CASES, fresh(db, "import-large"), big, largeCases, n));
                add(results, importEquipment(db, XLSX, fresh(db, "import-xlsx"), big, big.xlsx(), n));
                add(results, importEquipment(db, SMALL, fresh(db, "import-small"), small, small.csv(), n / 10));
                add(results, importEquipment(db, FIXED, fresh(db, "import-empty"), empty, empty.csv(), 0));
                postgres.dropAll();
            }
        }
        print(n, repeat, databases, results);
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
        results.computeIfAbsent(key(result.db(), result.label()), k -> new ArrayList<>()).add(result);
        System.out.printf(Locale.ROOT, "   %-10s %-46s %7.1f s%s  %s%n", result.db() == null ? "" : result.db(),
                result.label(), result.seconds(), Double.isNaN(result.flatness()) ? ""
                        : String.format(Locale.ROOT, "  flatness %.2f", result.flatness()), result.note());
    }

    private static String key(Db db, String label) {
        return (db == null ? "" : db.name()) + "|" + label;
    }

    private Result parse(String label, String mode, Path file, long rows) throws Exception {
        Path work = fresh(null, "parse");
        return time(label, null, rows, work, javaCommand(work, "-cp", classPath, ParseOnly.class.getName(), mode,
                file.toString()), 0);
    }

    private Result peer(Db db, String label, Path csv, long rows) throws Exception {
        Path work = fresh(db, "peer");
        String url = db == Db.HSQLDB ? productDatabaseUrl() : postgres.create("peer");
        String user = db == Db.HSQLDB ? "SA" : "postgres";
        return time(label, db, rows, work, javaCommand(work, "-cp", classPath, "plaincopy.PlainCopyJob", csv.toString(),
                url, user), 0);
    }

    private Result importEquipment(Db db, String label, Path work, EquipmentListGenerator.Generated inputs, Path file,
                                   long rows) throws Exception {
        List<String> database = new ArrayList<>();
        if (db == Db.POSTGRESQL) {
            String name = work.getFileName().toString();
            String url = postgres.exists(name) ? postgres.url(name) : postgres.create(name);
            database.addAll(List.of("--db-url", url, "--spring.datasource.username=postgres"));
        }
        if (!Files.isRegularFile(work.resolve("accounts-imported"))) {
            List<String> accounts = new ArrayList<>(List.of("-jar", jar.toString(), "import-accounts",
                    inputs.accounts().toString()));
            accounts.addAll(database);
            Result result = time("import-accounts", db, 0, work, javaCommand(work, accounts.toArray(String[]::new)), 0);
            if (!result.note().isEmpty()) {
                throw new IllegalStateException("import-accounts failed: " + result.note());
            }
            Files.createFile(work.resolve("accounts-imported"));
        }
        List<String> command = new ArrayList<>(List.of("-jar", jar.toString(), "import-equipment", file.toString(),
                "--cod-dir", inputs.codDir().toString(), "--out", "reports"));
        command.addAll(database);
        return time(label, db, rows, work, javaCommand(work, command.toArray(String[]::new)), 3, 0);
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

    private Result time(String label, Db db, long rows, Path work, List<String> command, int... okExitCodes)
            throws Exception {
        Path out = work.resolve("stdout.txt");
        Path logFile = work.resolve("logs/tmip.log");
        long logStart = Files.isRegularFile(logFile) ? Files.size(logFile) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("stderr.txt").toFile()));
        builder.environment().put("TMIP_HOME", work.toString()); // each measured database starts empty
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
        return new Result(label, db, rows, seconds, peak, flatness(logFile, logStart), note);
    }

    /** The worst (largest) flatness that the steps of a run logged after {@code from} bytes of the log. */
    static double flatness(Path logFile, long from) throws IOException {
        if (!Files.isRegularFile(logFile)) {
            return Double.NaN;
        }
        byte[] all = Files.readAllBytes(logFile);
        String text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
        double worst = Double.NaN;
        Matcher pace = PACE.matcher(text);
        while (pace.find()) {
            double value = Double.parseDouble(pace.group(1));
            worst = Double.isNaN(worst) ? value : Math.max(worst, value);
        }
        return worst;
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

    private Path fresh(Db db, String name) throws IOException {
        Path work = dir.resolve("runs").resolve(db == null ? name : db.name().toLowerCase(Locale.ROOT) + "-" + name);
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
        if (db == Db.POSTGRESQL) {
            postgres.drop(work.getFileName().toString());
        }
        return Files.createDirectories(work);
    }

    private static Result median(List<Result> runs) {
        List<Result> sorted = runs.stream().sorted(Comparator.comparingDouble(Result::seconds)).toList();
        Result mid = sorted.get(sorted.size() / 2);
        long peak = runs.stream().mapToLong(Result::peakHeapMb).max().orElse(-1);
        double flatness = runs.stream().mapToDouble(Result::flatness).filter(f -> !Double.isNaN(f)).max()
                .orElse(Double.NaN);
        String spread = runs.size() < 2 ? "" : String.format(Locale.ROOT, " [%.1f-%.1f]", sorted.get(0).seconds(),
                sorted.get(sorted.size() - 1).seconds());
        return new Result(mid.label(), mid.db(), mid.rows(), mid.seconds(), peak, flatness, spread);
    }

    private void print(int n, int repeat, List<Db> databases, Map<String, List<Result>> results) {
        Map<String, Result> m = new LinkedHashMap<>();
        results.forEach((key, runs) -> m.put(key, median(runs)));
        line(String.format(Locale.ROOT, "tmip benchmark, N = %,d rows, seed 42, %d cores, Java %s, -Xmx512m per"
                        + " process, %s; wall time of a fresh JVM each (Spring start included); flatness = time of"
                        + " the last tenth of the chunks / time of the first tenth",
                n, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                repeat == 1 ? "one run" : "median of " + repeat + " runs [min-max]"));
        for (Result r : m.values()) {
            line(String.format(Locale.ROOT, "%-10s %-46s %8.1f s %,10.0f rows/s  peak heap %4d MB%s%s",
                    r.db() == null ? "" : r.db(), r.label(), r.seconds(), r.rows() == 0 ? 0 : r.rowsPerSecond(),
                    r.peakHeapMb(), Double.isNaN(r.flatness()) ? ""
                            : String.format(Locale.ROOT, "  flatness %.2f", r.flatness()), r.note()));
        }
        double parseXlsx = m.get(key(null, PARSE_XLSX)).seconds();
        for (Db db : databases) {
            double csv = m.get(key(db, CSV)).seconds();
            double peer = m.get(key(db, PEER)).seconds();
            double xlsx = m.get(key(db, XLSX)).seconds();
            double again = m.get(key(db, CSV_AGAIN)).seconds();
            double small = m.get(key(db, SMALL)).seconds();
            double fixed = m.get(key(db, FIXED)).seconds();
            ratio(db, "CSV import / plain peer", csv / peer, "<= 1.0", csv / peer <= 1.0);
            ratio(db, "XLSX import / XLSX parse", xlsx / parseXlsx, "<= 1.3", xlsx / parseXlsx <= 1.3);
            for (String label : List.of(CSV, LARGE_CASES, XLSX)) {
                double flatness = m.get(key(db, label)).flatness();
                ratio(db, "flatness, " + label.replace("import-equipment ", ""), flatness, "<= 1.2",
                        flatness <= 1.2);
            }
            ratio(db, "N / (N/10), wall", csv / small, "10 +-20%", Math.abs(csv / small - 10) <= 2);
            double net = (csv - fixed) / (small - fixed);
            ratio(db, "N / (N/10), net of the fixed cost", net, "10 +-20%", Math.abs(net - 10) <= 2);
            ratio(db, "all-duplicates rerun / first import", again / csv, "<= 1.0", again / csv <= 1.0);
        }
        long peak = m.values().stream().mapToLong(Result::peakHeapMb).max().orElse(-1);
        line(String.format(Locale.ROOT, "largest peak heap of any run: %d MB of 512 MB", peak));
        try {
            Files.write(dir.resolve("results.txt"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ratio(Db db, String name, double value, String target, boolean met) {
        line(String.format(Locale.ROOT, "ratio %-10s %-44s %6.2f  target %-9s %s", db, name, value, target,
                met ? "met" : "NOT met"));
    }

    private void line(String text) {
        log.add(text);
        System.out.println(text);
    }
}
