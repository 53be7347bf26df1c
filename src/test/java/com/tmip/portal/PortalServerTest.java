package com.tmip.portal;

import com.tmip.account.AccountImport;
import com.tmip.account.AccountImportRequest;
import com.tmip.users.UserImport;
import com.tmip.users.UserImportRequest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on a real server (Tomcat on a random port), as a browser sees it: the session cookie's flags, the
 * security headers, and an upload over the size limit answered with the upload page and a message, not a broken
 * connection, with nothing imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "tmip.users.bcrypt-strength=4",
        "tmip.portal.max-upload-size=200KB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalServerTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final Path HOME = tempDir();
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CSRF_QUERY = Pattern.compile("_csrf=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    AccountImport accounts;
    @Autowired
    UserImport users;
    @Autowired
    UploadStore uploads;

    HttpClient client;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:" + HOME.resolve("data/tmip")
                + ";shutdown=true;hsqldb.default_table_type=cached");
        registry.add("tmip.portal.upload-dir", () -> HOME.resolve("uploads").toString());
        registry.add("tmip.portal.report-dir", () -> HOME.resolve("reports/portal").toString());
    }

    @BeforeAll
    void seed() {
        accounts.run(new AccountImportRequest(SAMPLES.resolve("accounts.csv"), HOME.resolve("reports")));
        users.run(new UserImportRequest(List.of(SAMPLES.resolve("users.csv")), HOME.resolve("reports"), false));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndPagesCarryTheSecurityHeaders() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = get("/login");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void anUploadOverTheLimitGetsAMessageAndImportsNothing() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn("alovelace", "Velvet-Harbor-Lantern-42");
        HttpResponse<String> page = get("/upload");
        assertThat(page.body()).contains("200 KB");
        Matcher token = CSRF_QUERY.matcher(page.body());
        assertThat(token.find()).isTrue();
        int before = uploads.recent(null, 100).size();
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        String boundary = "----tmip" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nequipment\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"list\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = client.send(HttpRequest.newBuilder(uri("/upload?_csrf=" + token.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/upload?");
        assertThat(get(URI.create(location).getPath() + "?" + URI.create(location).getQuery()).body())
                .contains("larger than the limit of 200 KB");
        assertThat(uploads.recent(null, 100)).hasSize(before);
    }

    void signIn(String username, String password) throws Exception {
        Matcher token = CSRF_FIELD.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("tmip-portal-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
