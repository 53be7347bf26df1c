package com.tmip.equipment.rules;

import com.tmip.cases.Disposition;
import com.tmip.row.Checked;
import com.tmip.row.RuleCode;
import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleRulesTest {

    @Test
    void serialIsTrimmedAndUpperCased() {
        assertThat(new SerialNumberRule().check("  ab-12cd ").value().value()).isEqualTo("AB-12CD");
        assertThat(new SerialNumberRule().check("\u00A0JN1234\u00A0").value().value()).isEqualTo("JN1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "AB 123", "AB_123", "ABCDEFGHIJKLMNOPQRSTU", "ÄB123", "AB/12"})
    void serialOutsideTheFormatIsRefused(String serial) {
        Checked<SerialNumber> checked = new SerialNumberRule().check(serial);
        assertThat(checked.violations()).singleElement().satisfies(v -> {
            assertThat(v.column()).isEqualTo("serial_number");
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.SERIAL_FORMAT);
            assertThat(v.value()).isEqualTo(serial);
            assertThat(v.message()).contains("4 to 20").contains("hyphens");
        });
    }

    @Test
    void serialBoundaries() {
        assertThat(new SerialNumberRule().check("ABCD").isOk()).isTrue();
        assertThat(new SerialNumberRule().check("A".repeat(20)).isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void blankSerialIsRequired(String serial) {
        assertThat(new SerialNumberRule().check(serial).violations()).singleElement()
                .isEqualTo(new Violation("serial_number", EquipmentRuleCode.REQUIRED, "serial_number is required", serial));
        assertThat(new SerialNumberRule().check(null).violations()).extracting(Violation::code)
                .containsExactly("REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRADE_IN", "trade-in", "Trade In", "tradein", "return", "RETURNED", " trade_in "})
    void tradeInSpellings(String text) {
        assertThat(new DispositionRule().check(text).value()).isEqualTo(Disposition.TRADE_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COD", "cod", "destroy", "Destroyed", "DESTRUCTION", "Certificate of Destruction"})
    void codSpellings(String text) {
        assertThat(new DispositionRule().check(text).value()).isEqualTo(Disposition.COD);
    }

    @Test
    void otherDispositionsAreRefusedWithTheAcceptedValues() {
        Checked<Disposition> checked = new DispositionRule().check("scrap");
        assertThat(checked.value()).isNull();
        assertThat(checked.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.DISPOSITION_INVALID);
            assertThat(v.column()).isEqualTo("disposition");
            assertThat(v.message()).contains("\"scrap\"", "TRADE_IN", "COD", "return", "destroy");
        });
        assertThat(new DispositionRule().check(" ").violations()).extracting(Violation::rule)
                .containsExactly(EquipmentRuleCode.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "MX Series", "mx series", "MX", "mx-series", "  MX   SERIES "})
    void mxSeriesIsAccepted(String series) {
        assertThat(new SeriesRule().check(series)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PTX Series", "EX", "MX Series 2", "Series"})
    void otherSeriesAreRefused(String series) {
        assertThat(new SeriesRule().check(series)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.SERIES_INVALID);
            assertThat(v.column()).isEqualTo("series");
            assertThat(v.value()).isEqualTo(series);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "false", "FALSE", "No", "n", "0", "unchecked", "Off", " false "})
    void cloudMarketplaceBlankOrFalse(String text) {
        assertThat(new CloudMarketplaceRule().check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "yes", "1", "checked", "x", "on"})
    void cloudMarketplaceOtherwiseRefused(String text) {
        assertThat(new CloudMarketplaceRule().check(text)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.CLOUD_MARKETPLACE_NOT_ALLOWED);
            assertThat(v.message()).contains("TMIP registrations are not Cloud Marketplace products");
        });
    }

    @Test
    void fixedValuesMayBeBlankOrEqualIgnoringCaseAndSpacing() {
        FixedValuesRule rule = new FixedValuesRule();
        assertThat(rule.check("", "", "")).isEmpty();
        assertThat(rule.check("TMIP Program Registration", " tmip  program\tregistration ",
                "ADMIN SERVICE REQUEST")).isEmpty();
    }

    @Test
    void eachDifferingFixedValueIsReported() {
        assertThat(new FixedValuesRule().check("TMIP registration", "TMIP Program Registration", "Tech Case"))
                .extracting(Violation::column, Violation::code, Violation::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("synopsis", "FIXED_VALUE_MISMATCH", "TMIP registration"),
                        org.assertj.core.groups.Tuple.tuple("case_type", "FIXED_VALUE_MISMATCH", "Tech Case"));
        assertThat(new FixedValuesRule().check("", "x", "").get(0).message())
                .isEqualTo("description must be \"TMIP Program Registration\" (or left blank), not \"x\"");
    }

    @Test
    void referenceIsTrimmedAndLimited() {
        assertThat(new ReferenceRule().check("  PLAN-7 ").value()).isEqualTo("PLAN-7");
        assertThat(new ReferenceRule().check("").value()).isEmpty();
        assertThat(new ReferenceRule().check(null).value()).isEmpty();
        assertThat(new ReferenceRule().check(" " + "r".repeat(100) + " ").isOk()).isTrue();
        String tooLong = "r".repeat(101);
        assertThat(new ReferenceRule().check(tooLong).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.REFERENCE_TOO_LONG);
            assertThat(v.value()).isEqualTo(tooLong);
            assertThat(v.message()).contains("101").contains("100");
        });
    }

    @Test
    void ruleCodesAreDistinctUpperSnake() {
        // 14 row rules, 24 CoD problems and the 3 duplicate codes (DUPLICATE_IN_FILE, DUPLICATE_IN_RUN,
        // ALREADY_REGISTERED), which were string literals of the writer before they were typed
        assertThat(EquipmentRuleCode.all()).extracting(RuleCode::code).doesNotHaveDuplicates().hasSize(41)
                .allSatisfy(code -> assertThat(code).matches("[A-Z]+(_[A-Z]+)*"));
    }
}
