package com.tmip.returns;

import com.tmip.row.Violation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell rules of a returns row, without Spring or a database. */
class ReturnRulesTest {

    private final ReturnRules rules = new ReturnRules(LocalDate.of(2026, 11, 25));

    @Test
    void aGoodRowIsNormalised() {
        ReturnCheck check = rules.check(new ReturnRow(2, " jn11a2b3cafa ", "18/11/2026", "  RMA  42 "));

        assertThat(check.isValid()).isTrue();
        assertThat(check.serial().value()).isEqualTo("JN11A2B3CAFA");
        assertThat(check.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(check.reference()).isEqualTo("RMA 42");
    }

    @Test
    void todayIsNotInTheFutureButTomorrowIs() {
        assertThat(rules.check(new ReturnRow(2, "AB1234", "2026-11-25", "R")).isValid()).isTrue();
        assertThat(codes(rules.check(new ReturnRow(2, "AB1234", "2026-11-26", "R"))))
                .containsExactly("RECEIVED_DATE_IN_FUTURE");
    }

    @Test
    void everyFailedCellIsReportedInColumnOrder() {
        ReturnCheck check = rules.check(new ReturnRow(3, "AB 12", "31/02/2026", ""));

        assertThat(check.serial()).isNull();
        assertThat(codes(check)).containsExactly("SERIAL_FORMAT", "RECEIVED_DATE_INVALID", "REQUIRED");
        assertThat(check.violations().get(2).column()).isEqualTo("return_reference");
        assertThat(codes(rules.check(new ReturnRow(3, "", "", "R")))).containsExactly("REQUIRED", "REQUIRED");
        assertThat(codes(rules.check(new ReturnRow(3, "AB1234", "2026-11-01", "x".repeat(101)))))
                .containsExactly("RETURN_REFERENCE_TOO_LONG");
    }

    @Test
    void aWellFormedSerialIsKeptWhenOtherCellsFail() {
        ReturnCheck check = rules.check(new ReturnRow(4, "AB1234", "", "R"));

        assertThat(check.isValid()).isFalse();
        assertThat(check.serial().value()).isEqualTo("AB1234");
    }

    private static java.util.List<String> codes(ReturnCheck check) {
        return check.violations().stream().map(Violation::code).toList();
    }
}
