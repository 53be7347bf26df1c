package com.tmip.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portal against the command line on the same workbook and the same kind of database (docs/portal.md): an
 * N-row .xlsx (default 100,000, {@link EquipmentListGenerator}) with its CoD folder, registered once by
 * {@code import-equipment} and once uploaded to {@code serve} by an Employee, each on a fresh embedded database
 * with the same accounts, each in a JVM of its own ({@code -Xmx512m}). The CLI's time is its process's wall time
 * (start-up included); the portal's is from the start of the upload request to the run's page, the upload's transfer
 * included. {@code mvn -B -Pbench package -DskipTests -Dbench.only=portal [-Dn=100000]}
 */
public final class PortalBenchmark {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_QUERY = Pattern.compile("_csrf=([A-Za-z0-9_-]+)");
    private static final String USER = "bench-employee";
    private static final String PASSWORD = "Quartz-Meadow-Lantern-2041";

    private final Path dir;
    private final Path jar;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    PortalBenchmark(Path dir, Path jar) {
        this.dir = dir.toAbsolutePath();
        this.jar = jar.toAbsolutePath();
    }

    void run(int n) throws Exception {
        Path data = dir.resolve("data");
        Path xlsx = data.resolve("portal-" + n + ".xlsx");
        EquipmentListGenerator.Generated list;
        if (Files.isRegularFile(xlsx)) {
            list = new EquipmentListGenerator.Generated(data.resolve("accounts.csv"), data.resolve("portal-" + n + ".csv"),
                    xlsx, data.resolve("cod"), n);
        } else {
            list = new EquipmentListGenerator(42L).generate(data, "portal-" + n, n, true);
        }
        System.out.printf(Locale.ROOT, "%s: %,d rows, %,d bytes%n", list.xlsx().getFileName(), n, Files.size(list.xlsx()));

        Path cliHome = fresh("portal-bench-cli");
        check(run(cliHome, "import-accounts", list.accounts().toString()), 0, "import-accounts");
        long started = System.nanoTime();
        int code = run(cliHome, "import-equipment", list.xlsx().toString(), "--cod-dir", list.codDir().toString());
        double cli = (System.nanoTime() - started) / 1e9;
        check(code, 3, "import-equipment");

        Path portalHome = fresh("portal-bench-portal");
        check(run(portalHome, "import-accounts", list.accounts().toString()), 0, "import-accounts");
        Path users = Files.writeString(portalHome.resolve("users.csv"), "first_name,last_name,email,username,password,"
                + "confirm_password,user_role\nBench,Employee,bench@example.com," + USER + "," + PASSWORD + ","
                + PASSWORD + ",Employee\n");
        check(run(portalHome, "import-users", users.toString()), 0, "import-users");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder serving = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "serve", "--port",
                String.valueOf(port)).directory(portalHome.toFile()).redirectErrorStream(true)
                .redirectOutput(portalHome.resolve("serve.log").toFile());
        serving.environment().put("TMIP_HOME", portalHome.toString());
        Process serve = serving.start();
        double portal;
        try {
            String base = "http://127.0.0.1:" + port;
            awaitUp(base);
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(client, base);
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/upload")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF_QUERY.matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the upload page");
            }
            String boundary = "----tmipbench" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part(body, boundary, "kind", null, "equipment".getBytes(StandardCharsets.UTF_8));
            part(body, boundary, "list", list.xlsx().getFileName().toString(), Files.readAllBytes(list.xlsx()));
            try (Stream<Path> cods = Files.list(list.codDir())) {
                for (Path cod : cods.sorted().toList()) {
                    part(body, boundary, "certificates", cod.getFileName().toString(), Files.readAllBytes(cod));
                }
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            started = System.nanoTime();
            HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base + "/upload?_csrf="
                            + token.group(1))).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = upload.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "upload refused: " + upload.statusCode()));
            double arrived = (System.nanoTime() - started) / 1e9;
            while (true) {
                HttpResponse<String> run = client.send(HttpRequest.newBuilder(URI.create(location)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String next = run.headers().firstValue("Location").orElse("");
                if (next.contains("/runs/")) {
                    break;
                }
                if (run.body().contains("id=\"failed\"")) {
                    throw new IllegalStateException("the portal's run failed; see " + portalHome.resolve("serve.log"));
                }
                Thread.sleep(100);
            }
            portal = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "upload transferred in %.1f s%n", arrived);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        double cliRun = runSeconds(cliHome);
        double portalRun = runSeconds(portalHome);
        System.out.printf(Locale.ROOT, "%n| %,d-row .xlsx with its CoDs, embedded HSQLDB | end to end, s | the run"
                + " itself (import_run start to finish), s | rows/s of the run |%n|---|---|---|---|%n", n);
        System.out.printf(Locale.ROOT, "| import-equipment (process wall time, JVM start-up included) | %.1f | %.1f |"
                + " %,.0f |%n", cli, cliRun, n / cliRun);
        System.out.printf(Locale.ROOT, "| portal: upload request to the run's page | %.1f | %.1f | %,.0f |%n",
                portal, portalRun, n / portalRun);
        System.out.printf(Locale.ROOT, "portal / CLI, the run itself: %.2f; end to end: %.2f%n", portalRun / cliRun,
                portal / cli);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void signIn(HttpClient client, String base) throws Exception {
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_FIELD.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!response.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("could not sign in");
        }
    }

    private static void awaitUp(String base) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the portal did not start");
    }

    /** The newest run's own time, from {@code runs --json}: import_run's start to its finish. */
    private double runSeconds(Path home) throws Exception {
        Path out = home.resolve("runs.json");
        ProcessBuilder runs = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "runs", "--json",
                "--limit", "1").directory(home.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        runs.environment().put("TMIP_HOME", home.toString());
        check(runs.start().waitFor(), 0, "runs --json");
        com.fasterxml.jackson.databind.JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toFile()).get("runs").get(0);
        return Duration.between(LocalDateTime.parse(run.get("started_at").asText()),
                LocalDateTime.parse(run.get("finished_at").asText())).toMillis() / 1000.0;
    }

    private int run(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("cli.log").toFile()));
        builder.environment().put("TMIP_HOME", home.toString()); // the CLI's and the portal's databases, each fresh
        return builder.start().waitFor();
    }

    private static void check(int code, int expected, String what) {
        if (code != expected) {
            throw new IllegalStateException(what + " ended with exit code " + code + ", expected " + expected);
        }
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

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("n", "100000").replace("_", ""));
        new PortalBenchmark(Path.of(System.getProperty("bench.dir", "bench")),
                Path.of(System.getProperty("jar", "target/tmip.jar"))).run(n);
    }
}
