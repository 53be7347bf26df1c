package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.cases.Disposition;
import com.tmip.equipment.EquipmentRow;
import com.tmip.equipment.Registration;
import com.tmip.equipment.RowCheck;
import com.tmip.reference.PlatformCatalog;
import com.tmip.reference.UserDirectory;
import com.tmip.row.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EquipmentValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final UserDirectory USERS =
            name -> name.equalsIgnoreCase("jdoe") ? Optional.of("jdoe") : Optional.empty();

    private final EquipmentValidator validator = new EquipmentValidator(
            new AccountDirectory(List.of(new Account("A-100", "ACME Corporation"),
                    new Account("A-200", "Société Générale"))),
            PlatformCatalog.defaults(),
            LookupRulesTest.folderWith("cod-1.pdf"),
            USERS,
            TODAY);

    private static EquipmentRow row(String account, String serial, String platform, String disposition,
                                    String codFile) {
        return new EquipmentRow(7, account, serial, platform, disposition, codFile, "", "", "", "", "", "", "", "");
    }

    @Test
    void aTradeInRowBecomesANormalisedRegistration() {
        EquipmentRow row = new EquipmentRow(2, "societe generale", " jn12-ab ", "mx 480", "trade-in", "ignored.pdf",
                "mx series", "false", "  PLAN-1 ", "12/03/2025", "JDOE", "TMIP Program Registration",
                "tmip program registration", "Admin Service Request");
        RowCheck check = validator.check(row);
        assertThat(check.isValid()).isTrue();
        assertThat(check.violations()).isEmpty();
        assertThat(check.registration()).isEqualTo(new Registration(2, "A-200", "JN12-AB", "MX480",
                Disposition.TRADE_IN, null, "PLAN-1", LocalDate.of(2025, 3, 12), "jdoe", null, null));
    }

    @Test
    void aCodRowKeepsItsCodFileAndOptionalBlanksAreEmpty() {
        RowCheck check = validator.check(row("A-100", "SN0001", "MX960", "destroy", "cod-1.pdf"));
        assertThat(check.registration()).isEqualTo(new Registration(7, "A-100", "SN0001", "MX960",
                Disposition.COD, "cod-1.pdf", "", null, null, "ab".repeat(32), CodFileRule.NO_TEXT_WARNING));
    }

    @Test
    void aCodRowWithoutCodFileIsAPlanWithoutCertificate() {
        RowCheck check = validator.check(row("A-100", "SN0002", "MX960", "COD", " "));
        assertThat(check.violations()).isEmpty();
        assertThat(check.registration()).isEqualTo(new Registration(7, "A-100", "SN0002", "MX960",
                Disposition.COD, null, "", null, null, null, null));
    }

    @Test
    void everyFailingCheckIsReportedInColumnOrder() {
        EquipmentRow row = new EquipmentRow(9, "Acme Corp", "x!", "MX408", "COD", "", "PTX", "yes",
                "r".repeat(101), "31/02/2025", "nobody", "Hello", "TMIP Program Registration", "Tech");
        RowCheck check = validator.check(row);
        assertThat(check.isValid()).isFalse();
        assertThat(check.registration()).isNull();
        assertThat(check.violations()).extracting(Violation::column, Violation::rule).containsExactly(
                tuple("account", EquipmentRuleCode.ACCOUNT_UNKNOWN),
                tuple("serial_number", EquipmentRuleCode.SERIAL_FORMAT),
                tuple("platform", EquipmentRuleCode.PLATFORM_UNKNOWN),
                tuple("series", EquipmentRuleCode.SERIES_INVALID),
                tuple("cloud_marketplace", EquipmentRuleCode.CLOUD_MARKETPLACE_NOT_ALLOWED),
                tuple("reference", EquipmentRuleCode.REFERENCE_TOO_LONG),
                tuple("order_date", EquipmentRuleCode.ORDER_DATE_INVALID),
                tuple("contact", EquipmentRuleCode.CONTACT_UNKNOWN),
                tuple("synopsis", EquipmentRuleCode.FIXED_VALUE_MISMATCH),
                tuple("case_type", EquipmentRuleCode.FIXED_VALUE_MISMATCH));
        assertThat(check.violations()).extracting(Violation::value).startsWith("Acme Corp", "x!", "MX408", "PTX");
    }

    @Test
    void allRequiredColumnsBlank() {
        RowCheck check = validator.check(row("", " ", "", "", ""));
        assertThat(check.violations()).extracting(Violation::column, Violation::code, Violation::message)
                .containsExactly(
                        tuple("account", "REQUIRED", "account is required"),
                        tuple("serial_number", "REQUIRED", "serial_number is required"),
                        tuple("platform", "REQUIRED", "platform is required"),
                        tuple("disposition", "REQUIRED", "disposition is required"));
    }

    @Test
    void anInvalidDispositionDoesNotAlsoBlameTheCodFile() {
        assertThat(validator.check(row("A-100", "SN0001", "MX960", "scrap", "")).violations())
                .extracting(Violation::rule).containsExactly(EquipmentRuleCode.DISPOSITION_INVALID);
    }

    @Test
    void nullCellsAreTreatedAsBlank() {
        EquipmentRow row = new EquipmentRow(3, "A-100", "SN0001", "MX5", "return", null, null, null, null, null,
                null, null, null, null);
        assertThat(validator.check(row).registration()).isEqualTo(new Registration(3, "A-100", "SN0001", "MX5",
                Disposition.TRADE_IN, null, "", null, null, null, null));
    }

    @Test
    void theSameRowGivesTheSameAnswerTwice() {
        EquipmentRow row = row("Acme Corporaton", "SN0001", "MX960", "return", "");
        RowCheck first = validator.check(row);
        RowCheck second = validator.check(row);
        assertThat(second).isEqualTo(first);
        assertThat(first.violations().get(0).message()).contains("did you mean \"ACME Corporation\"?");
    }
}
