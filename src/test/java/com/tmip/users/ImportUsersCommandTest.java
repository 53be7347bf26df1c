package com.tmip.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** import-users end to end: the real command on the sample files, asserting counts, stored users and reports. */
class ImportUsersCommandTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();

    @TempDir
    Path home;
    Tmip tmip;

    @BeforeEach
    void loadAccounts() {
        tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
    }

    @Test
    void importsTheSampleCsv() {
        Tmip.Result result = tmip.run("import-users", SAMPLES.resolve("users.csv").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode total = reports.summary().get("total");
        assertThat(total.get("rows_read").asLong()).isEqualTo(25);
        assertThat(total.get("accepted").asLong()).isEqualTo(6);
        assertThat(total.get("rejected").asLong()).isEqualTo(18);
        assertThat(total.get("duplicates").asLong()).isEqualTo(1);
        assertThat(reports.summary().get("job").asText()).isEqualTo("importUsers");

        List<String> usernames = tmip.query(jdbc -> jdbc.queryForList("SELECT username FROM app_user ORDER BY row_no",
                String.class));
        assertThat(usernames).containsExactly("alovelace", "ghopper", "lberg", "mgarcia", "CWei", "ops-desk");
        Map<String, Object> ada = tmip.query(jdbc -> jdbc.queryForMap("SELECT * FROM app_user WHERE username = 'alovelace'"));
        assertThat(ada).containsEntry("PHONE_E164", "+14155550132").containsEntry("MANAGER", "mgarcia")
                .containsEntry("EMAIL_KEY", "ada.lovelace@northwind.example").containsEntry("ACCOUNT_ID", "ACC-1001")
                .containsEntry("USER_ROLE", "Partner").containsEntry("FIRST_NAME", "Ada").containsEntry("ROW_NO", 2);
        assertThat(new BCryptPasswordEncoder().matches("Velvet-Harbor-Lantern-42", (String) ada.get("PASSWORD_HASH")))
                .isTrue();
        assertThat((String) ada.get("PASSWORD_HASH")).startsWith("$2b$10$");
        assertThat(tmip.string("SELECT manager FROM app_user WHERE username = 'mgarcia'"))
                .as("manager written GHopper is linked to the user as stored").isEqualTo("ghopper");
        assertThat(tmip.string("SELECT phone_e164 FROM app_user WHERE username = 'ghopper'")).isEqualTo("+442079460958");
        assertThat(tmip.string("SELECT user_role FROM app_user WHERE username = 'CWei'")).isEqualTo("Partner Admin");
        assertThat(tmip.string("SELECT CAST(start_date AS VARCHAR(10)) FROM app_user WHERE username = 'lberg'"))
                .isEqualTo("2026-03-12");
        assertThat(tmip.count("SELECT COUNT(*) FROM user_stage")).as("nothing left in staging").isZero();

        List<List<String>> failures = reports.csv("failures.csv");
        Map<String, List<String>> byRow = failures.subList(1, failures.size()).stream()
                .collect(Collectors.groupingBy(l -> l.get(2), Collectors.mapping(l -> l.get(4), Collectors.toList())));
        assertThat(byRow.get("8")).containsExactly("DUPLICATE_IN_FILE");
        assertThat(byRow.get("9")).containsExactly("EMAIL_FORMAT");
        assertThat(byRow.get("10")).as("an account email that is not an address").containsExactly("EMAIL_FORMAT");
        assertThat(byRow.get("11")).containsExactly("PHONE_INVALID");
        assertThat(byRow.get("12")).containsExactly("START_DATE_INVALID");
        assertThat(byRow.get("13")).containsExactly("PASSWORD_MISMATCH");
        assertThat(byRow.get("14")).containsExactly("PASSWORD_TOO_SHORT");
        assertThat(byRow.get("15")).containsExactly("PASSWORD_PERSONAL");
        assertThat(byRow.get("16")).containsExactly("PASSWORD_COMMON");
        assertThat(byRow.get("17")).containsExactly("PASSWORD_TOO_LONG");
        assertThat(byRow.get("18")).containsExactly("USERNAME_FORMAT");
        assertThat(byRow.get("19")).containsExactly("ROLE_UNKNOWN");
        assertThat(byRow.get("20")).containsExactly("ACCOUNT_UNKNOWN");
        assertThat(byRow.get("21")).containsExactly("MANAGER_UNKNOWN");
        assertThat(byRow.get("22")).containsExactly("MANAGER_CYCLE");
        assertThat(byRow.get("23")).containsExactly("MANAGER_CYCLE");
        assertThat(byRow.get("24")).containsExactly("MANAGER_UNKNOWN");
        assertThat(byRow.get("25")).containsExactly("EMAIL_TAKEN");
        assertThat(byRow.get("26")).containsExactly("REQUIRED", "REQUIRED");
        List<String> mismatch = failures.stream().filter(l -> l.get(2).equals("13")).findFirst().orElseThrow();
        assertThat(mismatch).containsSubsequence("users.csv", "", "13", "confirm_password", "PASSWORD_MISMATCH");
        assertThat(mismatch.get(6)).isEmpty();
        assertThat(failures.stream().filter(l -> l.get(2).equals("22")).findFirst().orElseThrow().get(5))
                .contains("missy → koschei → missy");
        assertThat(failures.stream().filter(l -> l.get(2).equals("24")).findFirst().orElseThrow().get(5))
                .contains("missy").contains("row 22").contains("not imported");

        List<List<String>> rejected = reports.csv("rejected-rows.csv");
        assertThat(rejected).hasSize(1 + 18);
        assertThat(rejected.get(0)).startsWith("first_name", "last_name", "email").endsWith("errors");
        assertThat(rejected).anyMatch(l -> l.get(0).equals("Missy") && l.get(8).isEmpty() && l.get(9).isEmpty()
                && l.get(14).contains("loops"));
        assertThat(rejected).allMatch(l -> l.get(8).isEmpty() || l.get(8).equals("password"));
        assertThat(result.out()).contains("25").contains("failures.csv");
    }

    @Test
    void importsTheSampleWorkbookWithTheFormsLabels() {
        Tmip.Result result = tmip.run("import-users", SAMPLES.resolve("users.xlsx").toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), result.runId());
        JsonNode file = reports.summary().get("files").get(0);
        assertThat(file.get("format").asText()).isEqualTo("XLSX");
        assertThat(file.get("sheet").asText()).isEqualTo("New Users");
        assertThat(file.get("unknown_columns")).isEmpty();
        assertThat(file.get("rows_read").asLong()).isEqualTo(6);
        assertThat(file.get("accepted").asLong()).isEqualTo(4);
        assertThat(file.get("rejected").asLong()).isEqualTo(2);
        assertThat(tmip.string("SELECT phone_e164 FROM app_user WHERE username = 'npetrova'"))
                .as("a phone typed as a number").isEqualTo("+14155550101");
        assertThat(tmip.string("SELECT manager FROM app_user WHERE username = 'npetrova'")).isEqualTo("okim");
        assertThat(tmip.string("SELECT manager FROM app_user WHERE username = 'sortega'")).isEqualTo("pshah");
        assertThat(tmip.string("SELECT CAST(start_date AS VARCHAR(10)) FROM app_user WHERE username = 'npetrova'"))
                .isEqualTo("2026-02-02");
        assertThat(new BCryptPasswordEncoder().matches("Harbor Meadow Falcon 58",
                tmip.string("SELECT password_hash FROM app_user WHERE username = 'okim'"))).isTrue();
        Map<String, String> ruleByRow = reports.csv("failures.csv").stream().skip(1)
                .collect(Collectors.toMap(l -> l.get(2), l -> l.get(4)));
        assertThat(ruleByRow).containsOnly(Map.entry("5", "EMAIL_FORMAT"), Map.entry("6", "ROLE_UNKNOWN"));
    }

    @Test
    void theSameFileTwiceCreatesNothingTheSecondTime() {
        String csv = SAMPLES.resolve("users.csv").toString();
        tmip.run("import-users", csv);

        Tmip.Result second = tmip.run("import-users", csv);

        assertThat(second.exitCode()).isEqualTo(3);
        JsonNode total = new Reports(tmip.reports(), second.runId()).summary().get("total");
        assertThat(total.get("accepted").asLong()).isZero();
        assertThat(total.get("duplicates").asLong()).isEqualTo(7);
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isEqualTo(6);
        assertThat(new Reports(tmip.reports(), second.runId()).summary().get("rules").get("USER_EXISTS").asLong())
                .isEqualTo(6);
    }

    @Test
    void aDryRunChecksEverythingAndStoresNoUser() {
        Tmip.Result dry = tmip.run("import-users", SAMPLES.resolve("users.csv").toString(), "--dry-run");

        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(3);
        assertThat(dry.out()).contains("DRY RUN");
        JsonNode total = new Reports(tmip.reports(), dry.runId()).summary().get("total");
        assertThat(total.get("accepted").asLong()).isEqualTo(6);
        assertThat(total.get("rejected").asLong()).isEqualTo(18);
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isZero();
        assertThat(tmip.count("SELECT COUNT(*) FROM user_stage WHERE password_hash IS NOT NULL")).isZero();

        Tmip.Result real = tmip.run("import-users", SAMPLES.resolve("users.csv").toString());
        assertThat(new Reports(tmip.reports(), real.runId()).summary().get("total").get("accepted").asLong())
                .isEqualTo(6);
    }

    @Test
    void managersMayBeInAnotherFileOfTheImportOrAlreadyExist(@TempDir Path in) throws IOException {
        String header = "first_name,last_name,email,manager,password,confirm_password,username,user_role\n";
        Path staff = Files.writeString(in.resolve("staff.csv"), header
                + "Uma,Ray,uma@example.com,vboss,Cedar-Window-Rocket-31,Cedar-Window-Rocket-31,uray,Employee\n");
        Path bosses = Files.writeString(in.resolve("bosses.csv"), header
                + "Vic,Boss,vic@example.com,ops-desk,Lantern-Pebble-Orbit-2,Lantern-Pebble-Orbit-2,vboss,Employee\n");
        tmip.run("import-users", SAMPLES.resolve("users.csv").toString());

        Tmip.Result result = tmip.run("import-users", staff.toString(), bosses.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(tmip.string("SELECT manager FROM app_user WHERE username = 'uray'")).isEqualTo("vboss");
        assertThat(tmip.string("SELECT manager FROM app_user WHERE username = 'vboss'")).isEqualTo("ops-desk");
    }

    @Test
    void aUsernameInTwoFilesOfOneImportIsADuplicateInTheRun(@TempDir Path in) throws IOException {
        String header = "first_name,last_name,email,password,confirm_password,username,user_role\n";
        Path first = Files.writeString(in.resolve("first.csv"), header
                + "Uma,Ray,uma@example.com,Cedar-Window-Rocket-31,Cedar-Window-Rocket-31,uray,Employee\n");
        Path second = Files.writeString(in.resolve("second.csv"), header
                + "Vic,Boss,vic@example.com,Lantern-Pebble-Orbit-2,Lantern-Pebble-Orbit-2,vboss,Employee\n"
                + "Uma,Ray,uma.ray@example.com,Cedar-Window-Rocket-31,Cedar-Window-Rocket-31,URay,Employee\n"
                + "Vic,Boss,vic.boss@example.com,Lantern-Pebble-Orbit-2,Lantern-Pebble-Orbit-2,VBOSS,Employee\n");

        Tmip.Result result = tmip.run("import-users", first.toString(), second.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        JsonNode total = new Reports(tmip.reports(), result.runId()).summary().get("total");
        assertThat(total.get("accepted").asLong()).isEqualTo(2);
        assertThat(total.get("duplicates").asLong()).isEqualTo(2);
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user WHERE username IN ('uray', 'vboss')")).isEqualTo(2);
        List<List<String>> failures = new Reports(tmip.reports(), result.runId()).csv("failures.csv");
        assertThat(failures.subList(1, failures.size()))
                .extracting(l -> l.get(0), l -> l.get(2), l -> l.get(4), l -> l.get(5))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("second.csv", "3", "DUPLICATE_IN_RUN",
                                "username URay appears earlier in file 1 of this import at row 2"),
                        org.assertj.core.groups.Tuple.tuple("second.csv", "4", "DUPLICATE_IN_FILE",
                                "username VBOSS appears earlier in this file at row 2"));
    }

    @Test
    void equipmentRowsMayNameAnImportedUserAsContact(@TempDir Path in) throws IOException {
        tmip.run("import-users", SAMPLES.resolve("users.csv").toString());
        Path equipment = Files.writeString(in.resolve("eq.csv"), """
                account,serial_number,platform,disposition,contact
                Northwind Telecom,USR0001,MX480,TRADE_IN,OPS-DESK
                Northwind Telecom,USR0002,MX480,TRADE_IN,jdoe
                """);

        Tmip.Result result = tmip.run("import-equipment", equipment.toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(tmip.string("SELECT contact FROM equipment_item WHERE serial = 'USR0001'")).isEqualTo("ops-desk");
        assertThat(new Reports(tmip.reports(), result.runId()).csv("failures.csv").get(1)).contains("CONTACT_UNKNOWN");
    }

    @Test
    void badArgumentsGetAUsageMessage() {
        assertThat(tmip.run("import-users").exitCode()).isEqualTo(2);
        Tmip.Result typo = tmip.run("import-users", SAMPLES.resolve("users.csv").toString(), "--cod-dir", "x");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("'import-users' has no option --cod-dir");
    }
}
