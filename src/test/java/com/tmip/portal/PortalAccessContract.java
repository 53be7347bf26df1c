package com.tmip.portal;

import com.tmip.account.AccountImport;
import com.tmip.account.AccountImportRequest;
import com.tmip.users.UserImport;
import com.tmip.users.UserImportRequest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The portal's access matrix on the sample accounts and users: every page and download, for each role, on the
 * user's own account and on another's. Two partners each upload the sample list with its certificates; each sees
 * only its own run, reports, cases and certificates (another's answer 404, like ids that do not exist); the
 * Employee sees everything; a user without an account sees only the message; nobody signed in sees the sign-in
 * page. The life cycle through the portal: plans registered without certificate, their certificates uploaded alone
 * (a partner's run documents only its own account's plans), returns recorded (another account's serial is not
 * registered as far as a partner's run knows). Also: CSRF, sign-in throttling, no password or hash in any page, and malformed uploads ending in the same
 * rule codes as on the command line. Run against each database by a subclass.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalAccessContract {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String NORTHWIND_PARTNER = "alovelace";
    static final String NORTHWIND_PASSWORD = "Velvet-Harbor-Lantern-42";
    static final String CONTOSO_ADMIN = "ghopper";
    static final String FABRIKAM_PARTNER = "lberg";
    static final String EMPLOYEE = "mgarcia";
    /** A Partner Admin whose row names no account. */
    static final String NO_ACCOUNT = "CWei";
    /** A Customer of Contoso, created by its Partner Admin's users upload (its row names no account). */
    static final String CONTOSO_CUSTOMER = "nokafor";
    static final String USERS_HEADER = "first_name,last_name,email,phone,job_title,department,manager,start_date,"
            + "password,confirm_password,username,account_email,user_role,account\n";
    /** The passwords of {@link #CONTOSO_USERS}, which no page, report or log may show. */
    static final List<String> CONTOSO_USERS_PASSWORDS = List.of("Amber-Quartz-Meadow-61", "Silver Canyon Owl 38",
            "Cobalt-Prairie-Violin-27", "Maple Tundra Kayak 93", "Saffron-Glacier-Piano-15");
    /**
     * Contoso's Partner Admin's users list: a Customer without account (Contoso's), a Partner naming Contoso by its
     * name, a Partner naming Northwind (which exists) and a Customer naming an account that does not exist (both
     * ACCOUNT_NOT_YOURS, alike), an Employee (ROLE_NOT_ALLOWED).
     */
    static final String CONTOSO_USERS = USERS_HEADER
            + "Nia,Okafor,nia.okafor@contoso.example,+44 20 7946 0101,Buyer,Procurement,,2026-02-02,"
            + "Amber-Quartz-Meadow-61,Amber-Quartz-Meadow-61,nokafor,,Customer,\n"
            + "Omar,Haddad,omar.haddad@contoso.example,+44 20 7946 0102,Engineer,Engineering,ghopper,2026-02-02,"
            + "Silver Canyon Owl 38,Silver Canyon Owl 38,ohaddad,,Partner,Contoso Networks Ltd\n"
            + "Pia,Lund,pia.lund@contoso.example,+44 20 7946 0103,Engineer,Engineering,,2026-02-02,"
            + "Cobalt-Prairie-Violin-27,Cobalt-Prairie-Violin-27,plund,,Partner,ACC-1001\n"
            + "Quinn,Reyes,quinn.reyes@contoso.example,+44 20 7946 0104,Buyer,Procurement,,2026-02-02,"
            + "Maple Tundra Kayak 93,Maple Tundra Kayak 93,qreyes,,Customer,ACC-9999\n"
            + "Rosa,Diaz,rosa.diaz@contoso.example,+44 20 7946 0105,Analyst,Finance,,2026-02-02,"
            + "Saffron-Glacier-Piano-15,Saffron-Glacier-Piano-15,rdiaz,,Employee,\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountImport accounts;
    @Autowired
    UserImport users;
    @Autowired
    PortalUsers portalUsers;
    @Autowired
    UploadStore uploads;
    @Autowired
    JdbcTemplate jdbc;

    /** The folder for this class's reports and uploads. */
    abstract Path home();

    Upload northwind;
    Upload contoso;
    String northwindCase;
    String northwindCodCase;
    String northwindCertificate;
    String contosoCodCase;
    String contosoCertificate;
    /** Northwind's plans (the sample plans list: its COD rows without cod_file), then their certificate attached. */
    Upload northwindPlans;
    Upload northwindAttach;
    Upload contosoAttach;
    Upload northwindReturns;
    String northwindPlanCase;
    String contosoPlanCase;
    /** Contoso's Partner Admin's users upload ({@link #CONTOSO_USERS}). */
    Upload contosoUsers;

    @BeforeAll
    void seed() throws Exception {
        Path reports = home().resolve("reports");
        accounts.run(new AccountImportRequest(SAMPLES.resolve("accounts.csv"), reports));
        users.run(new UserImportRequest(List.of(SAMPLES.resolve("users.csv")), reports, false));
        northwind = uploadAndWait(NORTHWIND_PARTNER, "equipment.csv", Files.readAllBytes(SAMPLES.resolve("equipment.csv")), false);
        contoso = uploadAndWait(CONTOSO_ADMIN, "equipment.csv", Files.readAllBytes(SAMPLES.resolve("equipment.csv")), false);
        northwindCase = jdbc.queryForObject("SELECT case_id FROM tmip_case WHERE account_id = 'ACC-1001'"
                + " AND disposition = 'TRADE_IN'", String.class);
        northwindCodCase = jdbc.queryForObject("SELECT case_id FROM tmip_case WHERE account_id = 'ACC-1001'"
                + " AND disposition = 'COD'", String.class);
        northwindCertificate = jdbc.queryForObject("SELECT DISTINCT cod_sha256 FROM equipment_item WHERE case_id = ?",
                String.class, northwindCodCase).strip();
        contosoCodCase = jdbc.queryForObject("SELECT case_id FROM tmip_case WHERE account_id = 'ACC-1002'"
                + " AND disposition = 'COD'", String.class);
        contosoCertificate = jdbc.queryForObject("SELECT DISTINCT cod_sha256 FROM equipment_item WHERE case_id = ?",
                String.class, contosoCodCase).strip();
        // the life cycle: plans registered without certificate, certificates attached alone, returns recorded
        byte[] plans = Files.readAllBytes(SAMPLES.resolve("plans.csv"));
        northwindPlans = uploadAndWait(NORTHWIND_PARTNER, "plans.csv", plans, false);
        uploadAndWait(CONTOSO_ADMIN, "plans.csv", plans, false);
        northwindPlanCase = jdbc.queryForObject("SELECT case_id FROM equipment_item WHERE serial = 'JN22P1A0001'",
                String.class);
        contosoPlanCase = jdbc.queryForObject("SELECT case_id FROM equipment_item WHERE serial = 'CN9900101'",
                String.class);
        // Northwind sends both plan certificates: Contoso's lists only Contoso's serials
        northwindAttach = uploadCertificatesAndWait(NORTHWIND_PARTNER, SAMPLES.resolve("plans-cod")
                .resolve("cod-northwind-plan-2026-11.pdf"), SAMPLES.resolve("plans-cod").resolve("cod-contoso-plan-q4.pdf"));
        contosoAttach = uploadCertificatesAndWait(CONTOSO_ADMIN, SAMPLES.resolve("plans-cod")
                .resolve("cod-contoso-plan-q4.pdf"));
        northwindReturns = uploadAndWait(NORTHWIND_PARTNER, "returns", "returns.csv",
                Files.readAllBytes(SAMPLES.resolve("returns.csv")), List.of(), false);
        contosoUsers = uploadAndWait(CONTOSO_ADMIN, "account_users", "contoso-users.csv",
                CONTOSO_USERS.getBytes(StandardCharsets.UTF_8), List.of(), false);
    }

    @Test
    void aPartnerAdminCreatesUsersOfItsOwnAccountOnlyAndNeverAnEmployee() throws Exception {
        assertThat(contosoUsers.state()).isEqualTo(Upload.FINISHED);
        assertThat(contosoUsers.kind()).isEqualTo(UploadKind.ACCOUNT_USERS);
        assertThat(contosoUsers.accountId()).isEqualTo("ACC-1002");
        assertThat(jdbc.queryForList("SELECT username || ' ' || account_id || ' ' || user_role FROM app_user"
                + " WHERE username IN ('nokafor', 'ohaddad', 'plund', 'qreyes', 'rdiaz') ORDER BY username",
                String.class)).containsExactly("nokafor ACC-1002 Customer", "ohaddad ACC-1002 Partner");
        assertThat(jdbc.queryForList("SELECT row_no || ' ' || rule FROM row_issue WHERE run_id = ? ORDER BY row_no, seq",
                String.class, contosoUsers.runId()))
                .containsExactly("4 ACCOUNT_NOT_YOURS", "5 ACCOUNT_NOT_YOURS", "6 ROLE_NOT_ALLOWED");
        List<String> accountMessages = jdbc.queryForList("SELECT message FROM row_issue WHERE run_id = ?"
                + " AND rule = 'ACCOUNT_NOT_YOURS' ORDER BY row_no", String.class, contosoUsers.runId());
        assertThat(accountMessages).as("an account that exists and one that does not: the same message")
                .hasSize(2).containsOnly(accountMessages.get(0));
        assertThat(accountMessages.get(0)).contains("ACC-1002").doesNotContain("Northwind");
        // the Customer it created signs in to its account's portal, and cannot upload users itself
        assertThat(portalUsers.loadUserByUsername(CONTOSO_CUSTOMER).accountId()).isEqualTo("ACC-1002");
        // no password, nor a hash, in any page or report of the run
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
                CONTOSO_CUSTOMER);
        List<String> texts = new ArrayList<>();
        for (String url : List.of("/runs", "/upload", "/runs/" + contosoUsers.runId(),
                "/uploads/" + contosoUsers.uploadId() + "/events")) {
            texts.add(page(CONTOSO_ADMIN, url));
        }
        texts.add(page(EMPLOYEE, "/runs/" + contosoUsers.runId()));
        assertThat(page(CONTOSO_ADMIN, "/upload")).contains("upload-account_users").doesNotContain("upload-users\"");
        List<Path> reports;
        try (var files = Files.walk(Path.of(contosoUsers.outDir()))) {
            reports = files.filter(Files::isRegularFile).toList();
        }
        assertThat(reports).extracting(f -> f.getFileName().toString()).contains("failures.csv", "summary.json");
        for (Path report : reports) {
            String name = report.getFileName().toString();
            byte[] bytes = Files.readAllBytes(report);
            texts.add(name.endsWith(".xlsx") ? zipText(bytes) : new String(bytes, StandardCharsets.UTF_8));
            assertThat(mvc.perform(get("/runs/" + contosoUsers.runId() + "/reports/" + name).with(as(CONTOSO_ADMIN)))
                    .andReturn().getResponse().getStatus()).as(name).isIn(200, 404);
        }
        String failures = mvc.perform(get("/runs/" + contosoUsers.runId() + "/reports/failures.csv")
                .with(as(CONTOSO_ADMIN))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(failures).contains("ACCOUNT_NOT_YOURS").contains("ROLE_NOT_ALLOWED");
        for (String text : texts) {
            assertThat(text).doesNotContain(hash).doesNotContain("$2a$").doesNotContain("$2b$");
            for (String password : CONTOSO_USERS_PASSWORDS) {
                assertThat(text).doesNotContain(password);
            }
        }
    }

    @Test
    void aPlanRegisteredWithoutCertificateIsDocumentedByItsCertificateUploadedAlone() throws Exception {
        assertThat(northwindPlans.state()).isEqualTo(Upload.FINISHED);
        assertThat(northwindAttach.state()).isEqualTo(Upload.FINISHED);
        assertThat(northwindAttach.kind()).isEqualTo(UploadKind.CERTIFICATES);
        assertThat(northwindAttach.accountId()).isEqualTo("ACC-1001");
        assertThat(jdbc.queryForList("SELECT serial FROM equipment_item WHERE documented_run_id = ? ORDER BY serial",
                String.class, northwindAttach.runId())).as("Northwind's plan items only")
                .isNotEmpty().allMatch(s -> s.startsWith("JN22P1A")).contains("JN22P1A0001", "JN22P1A0002");
        assertThat(jdbc.queryForObject("SELECT item_state FROM equipment_item WHERE serial = 'JN22P1A0001'",
                String.class)).isEqualTo("DOCUMENTED");
        assertThat(jdbc.queryForList("SELECT documented_run_id FROM equipment_item WHERE case_id = ?", String.class,
                contosoPlanCase)).as("Contoso's plan: documented by Contoso's own run, not Northwind's")
                .isNotEmpty().allMatch(contosoAttach.runId()::equals);
        // Northwind's run knows nothing of Contoso's serials: the certificate lists none it holds
        assertThat(codes(northwindAttach.runId())).contains("COD_NO_SERIAL_HELD").doesNotContain("COD_ACCOUNTS_MIXED",
                "COD_ACCOUNT_MISMATCH");
        List<String> messages = new ArrayList<>(jdbc.queryForList("SELECT message FROM row_issue WHERE run_id = ?",
                String.class, northwindAttach.runId()));
        messages.addAll(jdbc.queryForList("SELECT message FROM import_file WHERE run_id = ? AND message IS NOT NULL",
                String.class, northwindAttach.runId()));
        assertThat(messages).isNotEmpty().noneMatch(m -> m.contains("ACC-1002") || m.contains("Contoso Networks")
                || m.contains(contosoPlanCase));
        String run = page(NORTHWIND_PARTNER, "/runs/" + northwindAttach.runId());
        assertThat(run).contains("attached.csv").contains("failures.csv").contains("COD_NO_SERIAL_HELD");
        String attached = mvc.perform(get("/runs/" + northwindAttach.runId() + "/reports/attached.csv")
                .with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(attached).contains("JN22P1A0001").contains(northwindPlanCase).doesNotContain("CN9900101");
        // the case page: the items' state and due date, and the certificate to download
        String casePage = page(NORTHWIND_PARTNER, "/cases/" + northwindPlanCase);
        assertThat(casePage).contains("cod-northwind-plan-2026-11.pdf").contains("DOCUMENTED");
        String sha = jdbc.queryForObject("SELECT DISTINCT cod_sha256 FROM equipment_item WHERE case_id = ?",
                String.class, northwindPlanCase).strip();
        byte[] download = mvc.perform(get("/cases/" + northwindPlanCase + "/certificates/" + sha)
                .with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getContentAsByteArray();
        assertThat(download).isEqualTo(Files.readAllBytes(SAMPLES.resolve("plans-cod")
                .resolve("cod-northwind-plan-2026-11.pdf")));
        assertThat(page(NORTHWIND_PARTNER, "/cases?state=DOCUMENTED")).contains(northwindPlanCase)
                .doesNotContain(contosoPlanCase);
    }

    @Test
    void aReturnRecordedMakesTheTradeInReceivedAndAnotherAccountsSerialIsNotRegistered() throws Exception {
        assertThat(northwindReturns.state()).isEqualTo(Upload.FINISHED);
        assertThat(northwindReturns.kind()).isEqualTo(UploadKind.RETURNS);
        assertThat(jdbc.queryForObject("SELECT item_state || ' ' || received_run_id || ' ' || return_reference"
                + " FROM equipment_item WHERE serial = 'JN11A2B3CAFA'", String.class))
                .isEqualTo("RECEIVED " + northwindReturns.runId() + " RMA-NW-0001");
        assertThat(jdbc.queryForList("SELECT item_state FROM equipment_item WHERE serial IN ('CN8842001',"
                + " 'CN8842002')", String.class)).as("Contoso's trade-ins stay awaiting their return")
                .containsOnly("AWAITING_RETURN");
        assertThat(jdbc.queryForList("SELECT rule FROM row_issue WHERE run_id = ? AND cell_value IN ('CN8842001',"
                + " 'CN8842002')", String.class, northwindReturns.runId())).containsOnly("SERIAL_NOT_REGISTERED");
        assertThat(jdbc.queryForList("SELECT message FROM row_issue WHERE run_id = ?", String.class,
                northwindReturns.runId())).isNotEmpty().noneMatch(m -> m.contains("ACC-1002")
                || m.contains("Contoso") || m.contains(contosoCodCase));
        String received = mvc.perform(get("/runs/" + northwindReturns.runId() + "/reports/received.csv")
                .with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(received).contains("JN11A2B3CAFA").contains(northwindCase).doesNotContain("CN8842001");
        assertThat(page(NORTHWIND_PARTNER, "/runs/" + northwindReturns.runId())).contains("received.csv")
                .contains("failures.csv").contains("SERIAL_NOT_REGISTERED");
        // the cases list: each case's items per state and its next due date
        String cases = page(NORTHWIND_PARTNER, "/cases?q=" + northwindCase);
        assertThat(cases).contains("RECEIVED").contains("Next due");
        String due = jdbc.queryForObject("SELECT MIN(due_date) FROM equipment_item WHERE case_id = ?",
                java.sql.Date.class, northwindPlanCase).toString();
        assertThat(page(NORTHWIND_PARTNER, "/cases?q=" + northwindPlanCase)).contains("DOCUMENTED");
        assertThat(page(NORTHWIND_PARTNER, "/cases/" + northwindPlanCase)).contains(due);
    }

    @Test
    void eachPartnerRegistersItsOwnAccountsRowsOnlyAndTheOthersAreRejectedWithTheirOwnCode() {
        assertThat(northwind.state()).isEqualTo(Upload.FINISHED);
        assertThat(northwind.accountId()).isEqualTo("ACC-1001");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item i JOIN tmip_case c ON c.case_id = i.case_id"
                + " WHERE i.run_id = ? AND c.account_id <> 'ACC-1001'", Long.class, northwind.runId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item WHERE run_id = ?", Long.class,
                northwind.runId())).as("rows 2 to 7: Northwind's trade-ins and CoDs").isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM row_issue WHERE run_id = ? AND rule = 'ACCOUNT_NOT_YOURS'",
                Long.class, northwind.runId())).isGreaterThan(5);
        assertThat(jdbc.queryForList("SELECT message FROM row_issue WHERE run_id = ? AND rule IN ('ACCOUNT_UNKNOWN',"
                + " 'ACCOUNT_NOT_YOURS')", String.class, northwind.runId()))
                .as("a partner's report never names another account").noneMatch(m -> m.contains("Contoso")
                        || m.contains("Fabrikam") || m.contains("ACC-1002"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM equipment_item i JOIN tmip_case c ON c.case_id = i.case_id"
                + " WHERE i.run_id = ? AND c.account_id = 'ACC-1002'", Long.class, contoso.runId())).isPositive();
    }

    @Test
    void everyPageAndDownloadAnswersByRoleAndAccount() throws Exception {
        String run = "/runs/" + northwind.runId();
        String upload = "/uploads/" + northwind.uploadId();
        String caseUrl = "/cases/" + northwindCodCase;
        String certificate = caseUrl + "/certificates/" + northwindCertificate;
        Map<String, int[]> matrix = new LinkedHashMap<>();
        // url -> status for: owner partner, other partner (Contoso admin), other partner (Fabrikam), Employee,
        // user without account, nobody signed in
        matrix.put("/runs", new int[]{200, 200, 200, 200, 302, 302});
        matrix.put("/upload", new int[]{200, 200, 200, 200, 302, 302});
        matrix.put("/cases", new int[]{200, 200, 200, 200, 302, 302});
        matrix.put("/templates", new int[]{200, 200, 200, 200, 302, 302});
        matrix.put("/templates/equipment.xlsx", new int[]{200, 200, 200, 200, 302, 302});
        matrix.put("/templates/users.xlsx", new int[]{404, 404, 404, 200, 302, 302});
        matrix.put("/templates/credits.xlsx", new int[]{404, 404, 404, 200, 302, 302});
        matrix.put("/finance", new int[]{403, 403, 403, 200, 403, 302});
        matrix.put(run, new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(run + "/reports/failures.csv", new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(run + "/reports/rejected-rows.csv", new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(run + "/reports/registered.csv", new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(run + "/reports/summary.json", new int[]{200, 404, 404, 200, 302, 302});
        // the firewall refuses an encoded slash before anything looks for a file
        matrix.put(run + "/reports/..%2F..%2Fetc%2Fpasswd", new int[]{400, 400, 400, 400, 400, 400});
        matrix.put(run + "/reports/.hidden-failures.csv", new int[]{404, 404, 404, 404, 302, 302});
        matrix.put(run + "/reports/nothing.csv", new int[]{404, 404, 404, 404, 302, 302});
        matrix.put(upload, new int[]{302, 404, 404, 302, 302, 302});
        matrix.put(upload + "/events", new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(caseUrl, new int[]{200, 404, 404, 200, 302, 302});
        matrix.put(certificate, new int[]{200, 404, 404, 200, 302, 302});
        matrix.put("/cases/" + northwindCodCase + "/certificates/" + contosoCertificate,
                new int[]{404, 404, 404, 404, 302, 302});
        matrix.put("/cases/" + contosoCodCase + "/certificates/" + contosoCertificate,
                new int[]{404, 200, 404, 200, 302, 302});
        // the life cycle's uploads: certificates alone and returns, each with its reports
        for (Upload own : List.of(northwindAttach, northwindReturns, northwindPlans)) {
            matrix.put("/runs/" + own.runId(), new int[]{200, 404, 404, 200, 302, 302});
            matrix.put("/runs/" + own.runId() + "/reports/failures.csv", new int[]{200, 404, 404, 200, 302, 302});
            matrix.put("/uploads/" + own.uploadId(), new int[]{302, 404, 404, 302, 302, 302});
        }
        matrix.put("/runs/" + northwindAttach.runId() + "/reports/attached.csv",
                new int[]{200, 404, 404, 200, 302, 302});
        matrix.put("/runs/" + northwindReturns.runId() + "/reports/received.csv",
                new int[]{200, 404, 404, 200, 302, 302});
        matrix.put("/runs/" + contosoAttach.runId(), new int[]{404, 200, 404, 200, 302, 302});
        matrix.put("/runs/" + contosoAttach.runId() + "/reports/attached.csv",
                new int[]{404, 200, 404, 200, 302, 302});
        matrix.put("/runs/" + contosoAttach.runId() + "/reports/failures.csv",
                new int[]{404, 200, 404, 200, 302, 302});
        matrix.put("/cases/" + northwindPlanCase, new int[]{200, 404, 404, 200, 302, 302});
        matrix.put("/cases/" + contosoPlanCase, new int[]{404, 200, 404, 200, 302, 302});
        // a Partner Admin's users upload: its own account's run, like any other
        matrix.put("/runs/" + contosoUsers.runId(), new int[]{404, 200, 404, 200, 302, 302});
        matrix.put("/runs/" + contosoUsers.runId() + "/reports/failures.csv", new int[]{404, 200, 404, 200, 302, 302});
        matrix.put("/uploads/" + contosoUsers.uploadId(), new int[]{404, 302, 404, 302, 302, 302});
        matrix.put("/runs/19990101-000000-0000", new int[]{404, 404, 404, 404, 302, 302});
        matrix.put("/cases/0000-0000-0000", new int[]{404, 404, 404, 404, 302, 302});
        matrix.put("/uploads/nosuchupload", new int[]{404, 404, 404, 404, 302, 302});
        String[] who = {NORTHWIND_PARTNER, CONTOSO_ADMIN, FABRIKAM_PARTNER, EMPLOYEE, NO_ACCOUNT, null};
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : matrix.entrySet()) {
            for (int i = 0; i < who.length; i++) {
                MockHttpServletRequestBuilder request = get(entry.getKey());
                if (who[i] != null) {
                    request = request.with(as(who[i]));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status != entry.getValue()[i]) {
                    wrong.add(entry.getKey() + " as " + who[i] + ": " + status + ", expected " + entry.getValue()[i]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theRunsPageListsOnlyTheAccountsOwnRunsAndTheEmployeeSeesAll() throws Exception {
        String northwindPage = page(NORTHWIND_PARTNER, "/runs");
        assertThat(northwindPage).contains(northwind.runId()).doesNotContain(contoso.runId());
        String contosoPage = page(CONTOSO_ADMIN, "/runs");
        assertThat(contosoPage).contains(contoso.runId()).doesNotContain(northwind.runId());
        assertThat(page(FABRIKAM_PARTNER, "/runs")).doesNotContain(northwind.runId()).doesNotContain(contoso.runId());
        assertThat(page(EMPLOYEE, "/runs")).contains(northwind.runId()).contains(contoso.runId());
        assertThat(page(NORTHWIND_PARTNER, "/cases")).contains(northwindCase).doesNotContain(contosoCodCase);
        assertThat(page(EMPLOYEE, "/cases")).contains(northwindCase).contains(contosoCodCase);
        assertThat(page(NORTHWIND_PARTNER, "/cases?q=CN8842004")).doesNotContain(contosoCodCase);
        assertThat(page(NORTHWIND_PARTNER, "/cases?q=JN11D0C0DE01")).contains(northwindCodCase)
                .doesNotContain(northwindCase);
        assertThat(page(NORTHWIND_PARTNER, "/cases?disposition=COD")).contains(northwindCodCase)
                .doesNotContain(northwindCase);
        assertThat(page(NORTHWIND_PARTNER, "/cases?state=DOCUMENTED")).contains(northwindCodCase)
                .doesNotContain(northwindCase);
        assertThat(page(EMPLOYEE, "/cases?account=ACC-1002")).contains(contosoCodCase).doesNotContain(northwindCase);
        assertThat(page(NO_ACCOUNT, "/no-account")).contains("not linked to a customer or partner account");
    }

    @Test
    void theRunPageShowsTheSummaryTheChartAndTheFailuresAsText() throws Exception {
        String page = page(NORTHWIND_PARTNER, "/runs/" + northwind.runId());
        assertThat(page).contains("id=\"rule-chart\"").contains("ACCOUNT_NOT_YOURS").contains("id=\"failures\"")
                .contains("rejected-rows.xlsx").contains("failures.csv").contains("registered.csv");
        assertThat(page).contains("id=\"total-read\">31<").contains("id=\"total-accepted\">6<");
    }

    @Test
    void aPartnersTemplateListsOnlyItsOwnAccount() throws Exception {
        byte[] template = mvc.perform(get("/templates/equipment.xlsx").with(as(NORTHWIND_PARTNER))).andReturn()
                .getResponse().getContentAsByteArray();
        String text = zipText(template);
        assertThat(text).contains("Northwind Telecom").doesNotContain("Contoso").doesNotContain("Fabrikam");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        MockMultipartFile list = new MockMultipartFile("list", "list.csv", "text/csv", "account\n".getBytes());
        assertThat(mvc.perform(multipart("/upload").file(list).param("kind", "equipment").with(as(NORTHWIND_PARTNER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MockMultipartFile certificate = new MockMultipartFile("certificates", "cod.pdf", "application/pdf",
                Files.readAllBytes(SAMPLES.resolve("plans-cod").resolve("cod-northwind-plan-2026-11.pdf")));
        assertThat(mvc.perform(multipart("/upload").file(certificate).param("kind", "certificates")
                .with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockMultipartFile returns = new MockMultipartFile("list", "returns.csv", "text/csv",
                Files.readAllBytes(SAMPLES.resolve("returns.csv")));
        assertThat(mvc.perform(multipart("/upload").file(returns).param("kind", "returns")
                .with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(uploads.recent("ACC-1001", 1000)).as("no run started without the token")
                .filteredOn(u -> u.fileName().equals("cod.pdf")).isEmpty();
        MockMultipartFile users = new MockMultipartFile("list", "csrf-users.csv", "text/csv",
                CONTOSO_USERS.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.perform(multipart("/upload").file(users).param("kind", "account_users")
                .with(as(CONTOSO_ADMIN))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(uploads.recent("ACC-1002", 1000)).as("no users run started without the token")
                .filteredOn(u -> u.fileName().equals("csrf-users.csv")).isEmpty();
        assertThat(mvc.perform(post("/logout").with(as(NORTHWIND_PARTNER))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/login").param("username", NORTHWIND_PARTNER).param("password",
                NORTHWIND_PASSWORD)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void uploadKindsArePerRole() throws Exception {
        MockMultipartFile list = new MockMultipartFile("list", "accounts.csv", "text/csv",
                Files.readAllBytes(SAMPLES.resolve("accounts.csv")));
        for (String kind : List.of("accounts", "users", "ledger", "nonsense")) {
            assertThat(mvc.perform(multipart("/upload").file(list).param("kind", kind).with(as(CONTOSO_ADMIN))
                    .with(csrf())).andReturn().getResponse().getStatus()).as(kind).isEqualTo(404);
        }
        assertThat(mvc.perform(multipart("/upload").file(list).param("kind", "equipment").with(as(NO_ACCOUNT))
                .with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/no-account");
        for (String kind : List.of("certificates", "returns")) {
            assertThat(mvc.perform(multipart("/upload").file(list).param("kind", kind).with(as(NO_ACCOUNT))
                    .with(csrf())).andReturn().getResponse().getRedirectedUrl()).as(kind).isEqualTo("/no-account");
        }
        assertThat(mvc.perform(multipart("/upload").param("kind", "certificates").with(as(NORTHWIND_PARTNER))
                .with(csrf())).andReturn().getFlashMap().get("problem")).isEqualTo("Choose the certificates to upload.");
        assertThat(page(NORTHWIND_PARTNER, "/upload")).contains("upload-equipment").contains("upload-certificates")
                .contains("upload-returns").doesNotContain("upload-accounts");
        assertThat(page(EMPLOYEE, "/upload")).contains("upload-equipment").contains("upload-accounts")
                .contains("upload-users");
    }

    /**
     * The users upload × roles: a Partner Admin uploads its account's users ({@code account_users}) but not any
     * account's ({@code users}); an Employee the reverse; Partners and Customers neither (404, like a kind that does
     * not exist); a user without an account is sent to its message; nobody signed in to the sign-in page.
     */
    @Test
    void onlyAPartnerAdminUploadsItsAccountsUsersAndOnlyAnEmployeeAnyAccounts() throws Exception {
        Map<String, String[]> matrix = new LinkedHashMap<>();
        // kind -> outcome for: Partner, Partner Admin, Customer, Employee, user without account, nobody signed in;
        // "run" is a users run started (checked without starting one: its file is empty, so it is refused at once)
        matrix.put("account_users", new String[]{"404", "run", "404", "404", "/no-account", "login"});
        matrix.put("users", new String[]{"404", "404", "404", "run", "/no-account", "login"});
        String[] who = {NORTHWIND_PARTNER, CONTOSO_ADMIN, CONTOSO_CUSTOMER, EMPLOYEE, NO_ACCOUNT, null};
        List<String> wrong = new ArrayList<>();
        int runs = uploads.recent(null, 10_000).size();
        int started = 0;
        for (Map.Entry<String, String[]> entry : matrix.entrySet()) {
            for (int i = 0; i < who.length; i++) {
                var request = multipart("/upload").file(new MockMultipartFile("list", "users-matrix.csv", "text/csv",
                        USERS_HEADER.getBytes(StandardCharsets.UTF_8))).param("kind", entry.getKey())
                        .param("dryRun", "true").with(csrf());
                if (who[i] != null) {
                    request = request.with(as(who[i]));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                String location = response.getRedirectedUrl();
                String outcome = response.getStatus() != 302 ? String.valueOf(response.getStatus())
                        : location != null && location.startsWith("/uploads/") ? "run"
                        : location != null && location.endsWith("/login") ? "login" : location;
                if ("run".equals(outcome)) {
                    started++;
                    waitFor(location.substring("/uploads/".length()));
                }
                if (!entry.getValue()[i].equals(outcome)) {
                    wrong.add(entry.getKey() + " as " + who[i] + ": " + outcome + ", expected " + entry.getValue()[i]);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(started).isEqualTo(2);
        assertThat(uploads.recent(null, 10_000)).as("only the two allowed uploads were stored").hasSize(runs + 2);
    }

    @Test
    void signingInChecksTheBcryptHashAndLocksAfterRepeatedFailures() throws Exception {
        assertThat(mvc.perform(formLogin().user(FABRIKAM_PARTNER).password("quiet-ostrich-ladder-907")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(formLogin().user(FABRIKAM_PARTNER).password("wrong")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        String victim = "ops-desk";
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(formLogin().user(victim).password("guess-" + i)).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(mvc.perform(formLogin().user(victim).password("Marble Falcon Lemonade 77")).andReturn()
                .getResponse().getRedirectedUrl()).as("locked, even with the right password").isEqualTo("/login?locked");
        assertThat(mvc.perform(formLogin().user("nobody-at-all").password("x")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void noPageShowsAPasswordOrAHash() throws Exception {
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
                NORTHWIND_PARTNER);
        for (String url : List.of("/runs", "/upload", "/cases", "/templates", "/runs/" + northwind.runId(),
                "/cases/" + northwindCodCase)) {
            String page = page(NORTHWIND_PARTNER, url);
            assertThat(page).as(url).doesNotContain(hash).doesNotContain(NORTHWIND_PASSWORD).doesNotContain("$2b$")
                    .doesNotContain("$2a$");
        }
        String log = Files.exists(Path.of("logs/tmip.log")) ? Files.readString(Path.of("logs/tmip.log")) : "";
        assertThat(log).doesNotContain(hash).doesNotContain(NORTHWIND_PASSWORD);
    }

    @Test
    void malformedUploadsEndInTheSameRuleCodesAsOnTheCommandLine() throws Exception {
        byte[] xlsx = Files.readAllBytes(SAMPLES.resolve("equipment.xlsx"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("truncated.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 3));
        files.put("disguised.xlsx", hostileCsv());
        files.put("empty.csv", new byte[0]);
        files.put("hostile.csv", hostileCsv());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Upload upload = uploadAndWait(EMPLOYEE, file.getKey(), file.getValue(), true);
            Set<String> portal = codes(upload.runId());
            Set<String> cli = cliCodes(file.getKey(), file.getValue());
            assertThat(portal).as(file.getKey()).isNotEmpty().isEqualTo(cli);
            String page = page(EMPLOYEE, "/runs/" + upload.runId());
            assertThat(page).doesNotContain("<script>alert").doesNotContain("\u0000");
        }
    }

    /** A list whose cells are markup, a formula and a NUL, and whose serials nothing else registers. */
    static byte[] hostileCsv() {
        return ("account,serial_number,platform,disposition,reference\n"
                + "Northwind Telecom,<script>alert(1)</script>,MX480,TRADE_IN,R1\n"
                + "Northwind Telecom,QQ11NUL\u0000X1,MX480,TRADE_IN,R1\n"
                + "Northwind Telecom,QQ11HOSTILE2,=HYPERLINK(\"http://x\"),TRADE_IN,R1\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The rule codes a run ended in: its rows' and its files'. */
    Set<String> codes(String runId) {
        Set<String> codes = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT rule FROM row_issue WHERE run_id = ?",
                String.class, runId));
        codes.addAll(jdbc.queryForList("SELECT rule FROM import_file WHERE run_id = ? AND rule IS NOT NULL",
                String.class, runId));
        return codes;
    }

    /** The same file through the command line, on a database of its own with the sample accounts. */
    Set<String> cliCodes(String name, byte[] content) throws IOException {
        Path home = Files.createTempDirectory(home(), "cli");
        Path file = Files.write(home.resolve(name), content);
        com.tmip.support.Tmip tmip = new com.tmip.support.Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
        com.tmip.support.Tmip.Result result = tmip.run("import-equipment", file.toString(), "--dry-run");
        assertThat(result.exitCode()).as(result.err()).isIn(2, 3);
        String runId = result.runId();
        return tmip.query(jdbc -> {
            Set<String> codes = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT rule FROM row_issue WHERE run_id = ?",
                    String.class, runId));
            codes.addAll(jdbc.queryForList("SELECT rule FROM import_file WHERE run_id = ? AND rule IS NOT NULL",
                    String.class, runId));
            return codes;
        });
    }

    /** Every entry of a zip (an .xlsx) as text, to look for a name anywhere in the workbook. */
    static String zipText(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(text).isNotEmpty();
        return text.toString();
    }

    String page(String username, String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(as(username))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    RequestPostProcessor as(String username) {
        return user(portalUsers.loadUserByUsername(username));
    }

    Upload uploadAndWait(String username, String name, byte[] content, boolean dryRun) throws Exception {
        return uploadAndWait(username, "equipment", name, content, name.equals("equipment.csv")
                ? Files.list(SAMPLES.resolve("cod")).sorted().toList() : List.of(), dryRun);
    }

    /** A folder's worth of certificates alone, attached to the plans of the user's account. */
    Upload uploadCertificatesAndWait(String username, Path... certificates) throws Exception {
        return uploadAndWait(username, "certificates", null, null, List.of(certificates), false);
    }

    Upload uploadAndWait(String username, String kind, String name, byte[] content, List<Path> certificates,
                         boolean dryRun) throws Exception {
        var request = multipart("/upload").param("kind", kind).param("dryRun", String.valueOf(dryRun))
                .with(as(username)).with(csrf());
        if (name != null) {
            request.file(new MockMultipartFile("list", name, "application/octet-stream", content));
        }
        for (Path cod : certificates) {
            request.file(new MockMultipartFile("certificates", cod.getFileName().toString(), "application/pdf",
                    Files.readAllBytes(cod)));
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/uploads/");
        Upload upload = waitFor(location.substring("/uploads/".length()));
        assertThat(upload.state()).as(upload.message()).isEqualTo(Upload.FINISHED);
        return upload;
    }

    /** The upload once its run has ended, finished or failed. */
    Upload waitFor(String uploadId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Upload upload = uploads.find(uploadId).orElseThrow();
            if (!Upload.RUNNING.equals(upload.state())) {
                return upload;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("upload " + uploadId + " did not finish");
    }
}
