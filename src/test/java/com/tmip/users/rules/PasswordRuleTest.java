package com.tmip.users.rules;

import com.tmip.row.Violation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tmip.users.rules.UserRulesTest.codes;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTest {

    static final PasswordRule RULE = new PasswordRule(CommonPasswords.shipped());
    static final PasswordRule.Personal ADA = new PasswordRule.Personal("alovelace", "Ada", "Lovelace",
            "ada.byron@example.com");

    @Test
    void aGoodPasswordPasses() {
        assertThat(RULE.check("Velvet-Harbor-Lantern-42", "Velvet-Harbor-Lantern-42", ADA)).isEmpty();
    }

    @Test
    void bothAreRequiredAndMustBeEqual() {
        assertThat(codes(RULE.check("", "", ADA))).containsExactly("REQUIRED", "REQUIRED");
        assertThat(codes(RULE.check("Velvet-Harbor-Lantern-42", "velvet-harbor-lantern-42", ADA)))
                .containsExactly("PASSWORD_MISMATCH");
        assertThat(codes(RULE.check("Velvet-Harbor-Lantern-42 ", "Velvet-Harbor-Lantern-42", ADA)))
                .as("taken exactly as written").containsExactly("PASSWORD_MISMATCH");
    }

    @Test
    void atLeastTwelveCharacters() {
        assertThat(codes(RULE.check("Tr0ub4dor&3", "Tr0ub4dor&3", ADA))).containsExactly("PASSWORD_TOO_SHORT");
        assertThat(RULE.check("Tr0ub4dor&3x", "Tr0ub4dor&3x", ADA)).isEmpty();
    }

    @Test
    void moreThan72BytesIsRejectedNotCrashed() {
        String ascii = "k".repeat(40) + "-Harbor-Lantern-" + "9".repeat(17); // 73 bytes
        assertThat(codes(RULE.check(ascii, ascii, ADA))).containsExactly("PASSWORD_TOO_LONG");
        String seventyTwo = ascii.substring(1);
        assertThat(RULE.check(seventyTwo, seventyTwo, ADA)).isEmpty();
        String accents = "é".repeat(37); // 37 characters, 74 bytes
        assertThat(codes(RULE.check(accents, accents, ADA))).containsExactly("PASSWORD_TOO_LONG");
    }

    @Test
    void noPersonalData() {
        assertThat(RULE.check("my-alovelace-harbor-42", "my-alovelace-harbor-42", ADA).get(0).message())
                .contains("the username");
        assertThat(codes(RULE.check("Harbor-ADA-Lantern-42", "Harbor-ADA-Lantern-42", ADA)))
                .as("a 3-letter first name counts").containsExactly("PASSWORD_PERSONAL");
        assertThat(RULE.check("lovelace-harbor-42", "lovelace-harbor-42", ADA).get(0).message())
                .contains("the last name");
        assertThat(RULE.check("Ada.Byron-lantern-42", "Ada.Byron-lantern-42", ADA).get(0).message())
                .contains("the first name").contains("the email address");
        PasswordRule.Personal li = new PasswordRule.Personal("wli", "Jo", "Li", "w@example.com");
        assertThat(RULE.check("Jolly-Lime-Harbor-42", "Jolly-Lime-Harbor-42", li))
                .as("names shorter than 3 letters are not looked for").isEmpty();
    }

    @Test
    void notACommonPassword() {
        for (String common : List.of("123456789012", "qwertyuiopas", "PasswordPassword", "Password2024!!",
                "iloveyou1234", "Football12345")) {
            assertThat(codes(RULE.check(common, common, ADA))).as(common).contains("PASSWORD_COMMON");
        }
        assertThat(CommonPasswords.shipped().size()).isGreaterThan(300);
    }

    @Test
    void noViolationCarriesThePassword() {
        String secret = "Lovelace-ada";
        List<Violation> violations = RULE.check(secret, secret + "x", ADA);
        assertThat(violations).isNotEmpty();
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.value()).isEmpty();
            assertThat(v.message()).doesNotContain(secret);
        });
    }
}
