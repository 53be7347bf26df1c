package com.tmip.users;

import com.tmip.support.Tmip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A users file delivered again: every row holds exactly what its user was created from. Nothing new is not a
 * failure (exit 0); a row that changed, its password included, still is a duplicate that fails (exit 3).
 */
class UsersNothingNewTest {

    static final String HEADER = "first_name,last_name,email,phone,job_title,department,manager,start_date,password,"
            + "confirm_password,username,account_email,user_role\n";
    static final String ROWS = """
            Nina,Night,nina.night@example.com,(415) 555-0111,Engineer,Operations,,2026-01-12,Velvet-Harbor-Lantern-42,Velvet-Harbor-Lantern-42,nnight,,Employee
            Omar,Owl,omar.owl@example.com,,Engineer,Operations,nnight,2026-02-02,Copper-Kettle-Morning-77,Copper-Kettle-Morning-77,oowl,,Employee
            """;

    @TempDir
    Path home;

    @Test
    void theSameUsersFileAgainIsNothingNewAndAChangedRowStillFails() throws IOException {
        Tmip tmip = new Tmip(home);
        Tmip.Result first = tmip.run("import-users", Files.writeString(home.resolve("users.csv"), HEADER + ROWS)
                .toString());
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();

        Tmip.Result again = tmip.run("import-users", Files.writeString(home.resolve("users-2.csv"), HEADER + ROWS)
                .toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("users-2.csv: nothing new: 2 rows already registered by run " + first.runId());
        List<String> failures = Files.readAllLines(tmip.reports().resolve(again.runId()).resolve("failures.csv"));
        assertThat(failures).hasSize(3);
        assertThat(failures.subList(1, 3)).allSatisfy(line -> assertThat(line).contains("USER_EXISTS"));

        Tmip.Result changed = tmip.run("import-users", Files.writeString(home.resolve("users-3.csv"), HEADER
                + ROWS.replace("Copper-Kettle-Morning-77", "Copper-Kettle-Evening-78")).toString());
        assertThat(changed.exitCode()).as(changed.out()).isEqualTo(3);
        assertThat(changed.out()).contains("1 rows already registered, unchanged, by run " + first.runId())
                .doesNotContain("nothing new");
        assertThat(tmip.count("SELECT COUNT(*) FROM app_user")).isEqualTo(2);
    }
}
