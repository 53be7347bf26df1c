package com.tmip.users;

import com.tmip.support.Reports;
import com.tmip.support.Tmip;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a partner's administrator gets from import-users: the logins created, the account's own email kept, and a
 * manager written as a person's name answered with that person's username.
 */
class UsersForPartnersTest {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final String HEADER = "first_name,last_name,email,manager,password,confirm_password,username,"
            + "account_email,user_role,account\n";

    @TempDir
    Path home;
    Tmip tmip;

    @BeforeEach
    void loadAccounts() {
        tmip = new Tmip(home);
        assertThat(tmip.run("import-accounts", SAMPLES.resolve("accounts.csv").toString()).exitCode()).isZero();
    }

    @Test
    void aManagerWrittenAsAPersonsNameGetsTheirUsername() throws Exception {
        Path users = home.resolve("users.csv");
        Files.writeString(users, HEADER
                + "Grace,Hopper,grace.hopper@contoso.example,,Copper Kettle Morning Fog,Copper Kettle Morning Fog,"
                + "ghopper,,Partner Admin,ACC-1002\n"
                + "Linus,Berg,linus.berg@fabrikam.example,Grace Hopper,quiet-ostrich-ladder-907,"
                + "quiet-ostrich-ladder-907,lberg,,Partner,\n"
                + "Maria,Garcia,maria.garcia@northwind.example,\"Hopper, Grace\",Amber#Tundra#Violin#3,"
                + "Amber#Tundra#Violin#3,mgarcia,,Employee,\n"
                + "Wei,Chen,wei.chen@example.com,Nobody Known,Saffron-Glacier-Piano-18,Saffron-Glacier-Piano-18,"
                + "CWei,,Partner,\n");
        Tmip.Result run = tmip.run("import-users", users.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), run.runId());
        List<List<String>> failures = reports.csv("failures.csv");
        assertThat(failures).hasSize(4);
        assertThat(failures.get(1)).containsSubsequence("3", "manager", "MANAGER_UNKNOWN");
        assertThat(failures.get(1).get(5)).isEqualTo("manager \"Grace Hopper\" is not a username; did you mean ghopper?");
        assertThat(failures.get(2).get(5)).endsWith("; did you mean ghopper?");
        assertThat(failures.get(3).get(5)).isEqualTo("manager \"Nobody Known\" is not a username");
        List<List<String>> rejected = reports.csv("rejected-rows.csv");
        assertThat(rejected.get(1).get(rejected.get(0).indexOf("errors"))).endsWith("did you mean ghopper?");

        Tmip.Result later = tmip.run("import-users", write("later.csv", HEADER
                + "Ada,Lovelace,ada@northwind.example,grace hopper,Velvet-Harbor-Lantern-42,Velvet-Harbor-Lantern-42,"
                + "alovelace,,Partner,\n"));
        assertThat(new Reports(tmip.reports(), later.runId()).csv("failures.csv").get(1).get(5))
                .as("an existing user, the name in any case").endsWith("did you mean ghopper?");
    }

    @Test
    void theAccountsOwnEmailMayDifferFromThePersonsAndIsKept() throws Exception {
        Tmip.Result run = tmip.run("import-users", write("users.csv", HEADER
                + "Rose,Tyler,rose.tyler@example.com,,Crimson Otter Harbor 19,Crimson Otter Harbor 19,rtyler,"
                + "rose@example.org,Customer,\n"
                + "Amy,Pond,amy.pond@example.com,,Lunar Pebble Orchard 64,Lunar Pebble Orchard 64,apond,,Customer,\n"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(tmip.string("SELECT account_email FROM app_user WHERE username = 'rtyler'"))
                .isEqualTo("rose@example.org");
        assertThat(tmip.string("SELECT email FROM app_user WHERE username = 'rtyler'"))
                .isEqualTo("rose.tyler@example.com");
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user WHERE username = 'apond' AND account_email IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void theUsersCreatedAreListedForTheAdministratorWithoutSecrets() throws Exception {
        Path users = SAMPLES.resolve("users.csv");
        Tmip.Result dryRun = tmip.run("import-users", users.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(3);
        List<List<String>> wouldBe = new Reports(tmip.reports(), dryRun.runId()).csv("users-created.csv");
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isZero();

        Tmip.Result run = tmip.run("import-users", users.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        Reports reports = new Reports(tmip.reports(), run.runId());
        List<List<String>> created = reports.csv("users-created.csv");
        assertThat(created.get(0)).containsExactly("file", "row", "username", "first_name", "last_name",
                "user_role", "account_id", "account_name");
        assertThat(created.subList(1, created.size())).extracting(l -> l.get(2))
                .containsExactly("alovelace", "ghopper", "lberg", "mgarcia", "CWei", "ops-desk");
        assertThat(created.get(1)).containsExactly("users.csv", "2", "alovelace", "Ada", "Lovelace", "Partner",
                "ACC-1001", "Northwind Telecom");
        assertThat(wouldBe).as("a dry run lists what it would create").isEqualTo(created);
        assertThat(reports.summary().get("reports").get("users_created").asText())
                .endsWith("users-created.csv");
        assertThat(run.out()).contains("users-created:");
        String text = Files.readString(reports.dir().resolve("users-created.csv"));
        assertThat(text).doesNotContain("Velvet-Harbor-Lantern-42").doesNotContain("@").doesNotContain("$2");
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(home.resolve(name), content).toString();
    }
}
