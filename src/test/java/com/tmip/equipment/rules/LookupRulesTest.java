package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.cases.Disposition;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodDocuments;
import com.tmip.cod.CodProblem;
import com.tmip.cod.CodSigner;
import com.tmip.cod.CodVerification;
import com.tmip.cod.CodVerifier;
import com.tmip.reference.PlatformCatalog;
import com.tmip.reference.UserDirectory;
import com.tmip.row.Checked;
import com.tmip.row.Outcome;
import com.tmip.row.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LookupRulesTest {

    private final AccountRule accountRule = new AccountRule(new AccountDirectory(List.of(
            new Account("A-100", "ACME Corporation"),
            new Account("A-300", "Globex Ltd."),
            new Account("A-301", "Globex, Ltd"))));
    private final PlatformRule platformRule = new PlatformRule(PlatformCatalog.defaults());

    /** CoD files that all verify, as scans (no text); any other name is not found. */
    static CodDocuments folderWith(String... names) {
        Set<String> files = Set.of(names);
        return new CodDocuments(name -> new CodVerifier.Outcome(files.contains(name)
                ? CodVerification.verified(new CodDocument(name, "ab".repeat(32), 10, "application/pdf",
                new CodSigner("CN=Signer", "CN=CA", "1", Instant.EPOCH, "SHA256", CodSigner.Kind.PDF_EMBEDDED),
                Set.of(), false))
                : CodVerification.rejected(name, CodProblem.FILE_NOT_FOUND,
                "CoD file \"" + name + "\" is not in the CoD folder"), null));
    }

    @Test
    void accountMatchesByNameOrId() {
        assertThat(accountRule.check(" acme corporation ").value().accountId()).isEqualTo("A-100");
        assertThat(accountRule.check("A-300").value().accountName()).isEqualTo("Globex Ltd.");
    }

    @Test
    void unknownAccountSuggestsTheNearestName() {
        assertThat(accountRule.check("Acme Corp").violations()).singleElement().isEqualTo(new Violation(
                "account", EquipmentRuleCode.ACCOUNT_UNKNOWN,
                "no known account matches \"Acme Corp\"; did you mean \"ACME Corporation\"?", "Acme Corp"));
        assertThat(accountRule.check("Umbrella").violations().get(0).message())
                .isEqualTo("no known account matches \"Umbrella\"; use an account id or name from the accounts list");
    }

    @Test
    void ambiguousAccountAsksForTheId() {
        assertThat(accountRule.check("GLOBEX LTD").violations()).singleElement().isEqualTo(new Violation(
                "account", EquipmentRuleCode.ACCOUNT_AMBIGUOUS,
                "\"GLOBEX LTD\" matches several accounts (ids A-300, A-301); use the account id", "GLOBEX LTD"));
    }

    @Test
    void overlongAccountIsNotFound() {
        String text = "ACME Corporation" + "x".repeat(200);
        Violation violation = accountRule.check(text).violations().get(0);
        assertThat(violation.rule()).isEqualTo(EquipmentRuleCode.ACCOUNT_UNKNOWN);
        assertThat(violation.value()).isEqualTo(text);
        assertThat(violation.message()).hasSizeLessThan(200);
        assertThat(accountRule.check("").violations()).extracting(Violation::code).containsExactly("REQUIRED");
    }

    @Test
    void platformIsCanonical() {
        assertThat(platformRule.check("mx-480").value()).isEqualTo("MX480");
        assertThat(platformRule.check(" Mx 10003 ").value()).isEqualTo("MX10003");
    }

    @Test
    void unknownPlatformSuggestsOrListsPlatforms() {
        assertThat(platformRule.check("MX408").violations()).singleElement().isEqualTo(new Violation(
                "platform", EquipmentRuleCode.PLATFORM_UNKNOWN, "\"MX408\" is not a known MX Series platform; did you mean MX480?",
                "MX408"));
        assertThat(platformRule.check("EX4300").violations().get(0).message())
                .startsWith("\"EX4300\" is not a known MX Series platform; known platforms: MX5, MX10,")
                .endsWith("MX10016");
        assertThat(platformRule.check(" ").violations()).extracting(Violation::code).containsExactly("REQUIRED");
    }

    @Test
    void codFileIsIgnoredForTradeInAndInvalidDispositions() {
        CodFileRule rule = new CodFileRule(CodDocuments.none());
        assertThat(rule.check(Disposition.TRADE_IN, "../../etc/passwd")).isEqualTo(Checked.ok(null));
        assertThat(rule.check(null, "whatever.pdf")).isEqualTo(Checked.ok(null));
    }

    @Test
    void aBlankCodFileIsAPlanWhoseCertificateComesLater() {
        assertThat(new CodFileRule(folderWith("a.pdf")).check(Disposition.COD, "  ")).isEqualTo(Checked.ok(null));
        assertThat(new CodFileRule(CodDocuments.none()).check(Disposition.COD, null)).isEqualTo(Checked.ok(null));
    }

    @Test
    void codFileInTheFolderIsKept() {
        assertThat(new CodFileRule(folderWith("cod 7.pdf")).check(Disposition.COD, " cod 7.pdf ").value().fileName())
                .isEqualTo("cod 7.pdf");
    }

    @Test
    void codFileMissingFromTheFolder() {
        assertThat(new CodFileRule(folderWith("a.pdf")).check(Disposition.COD, "b.pdf").violations())
                .singleElement().isEqualTo(new Violation("cod_file", CodProblem.FILE_NOT_FOUND,
                        "CoD file \"b.pdf\" is not in the CoD folder", "b.pdf"));
    }

    @Test
    void codFileWithoutAnyFolderSaysSo() {
        assertThat(new CodFileRule(CodDocuments.none()).check(Disposition.COD, "b.pdf").violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(CodProblem.FILE_NOT_FOUND);
                    assertThat(v.message()).contains("no CoD folder was given (--cod-dir)");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub/a.pdf", "sub\\a.pdf", "../a.pdf", "..", "C:a.pdf", "c:\\cod\\a.pdf", "a\u0000.pdf",
            "a\nb.pdf", "/etc/passwd"})
    void codFileMustBeAPlainName(String name) {
        CodFileRule rule = new CodFileRule(folderWith(name, "a.pdf"));
        assertThat(rule.check(Disposition.COD, name).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(CodProblem.FILE_NAME_INVALID);
            assertThat(v.value()).isEqualTo(name);
            assertThat(v.message()).doesNotContain("\u0000").doesNotContain("\n");
        });
    }

    @Test
    void contactIsTheStoredUsername() {
        UserDirectory users = name -> name.equalsIgnoreCase("jdoe") ? Optional.of("jdoe") : Optional.empty();
        ContactRule rule = new ContactRule(users);
        assertThat(rule.check(" JDoe ").value()).isEqualTo("jdoe");
        assertThat(rule.check("").value()).isNull();
        assertThat(rule.check("nobody").violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.CONTACT_UNKNOWN);
            assertThat(v.column()).isEqualTo("contact");
            assertThat(v.message()).startsWith("no Case Manager user named \"nobody\"");
        });
    }
}
