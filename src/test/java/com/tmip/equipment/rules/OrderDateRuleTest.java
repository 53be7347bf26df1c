package com.tmip.equipment.rules;

import com.tmip.row.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OrderDateRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final OrderDateRule rule = new OrderDateRule(TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-12", "2025/03/12", "2025-3-12", "12/03/2025", "12.03.2025", "12-03-2025",
            "12/3/2025", "12-Mar-2025", "12 Mar 2025", "12-MAR-2025", "12 mar 2025", "12 March 2025",
            "2025-03-12T00:00:00", "2025-03-12 00:00:00", "2025-03-12T00:00", "2025-03-12 00:00:00.000",
            "2025-03-12T10:15:30Z", " 2025-03-12 "})
    void acceptedForms(String text) {
        assertThat(rule.check(text).value()).as(text).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "2025-02-29", "2025-13-01", "12/03/25", "March 12, 2025", "tomorrow",
            "12-Mrz-2025", "45728", "2025-03-12T25:00:00x", "00/01/2025"})
    void invalidDates(String text) {
        assertThat(rule.check(text).violations()).as(text).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(EquipmentRuleCode.ORDER_DATE_INVALID);
            assertThat(v.column()).isEqualTo("order_date");
            assertThat(v.value()).isEqualTo(text);
            assertThat(v.message()).contains("yyyy-MM-dd");
        });
    }

    @Test
    void leapDayIsRealInALeapYear() {
        assertThat(rule.check("29/02/2024").value()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void blankIsAllowed() {
        assertThat(rule.check("").isOk()).isTrue();
        assertThat(rule.check("").value()).isNull();
        assertThat(rule.check(null).value()).isNull();
    }

    @Test
    void todayIsAllowedButNotTomorrow() {
        assertThat(rule.check("2025-06-30").value()).isEqualTo(TODAY);
        assertThat(rule.check("01/07/2025").violations()).extracting(Violation::rule)
                .containsExactly(EquipmentRuleCode.ORDER_DATE_IN_FUTURE);
        assertThat(rule.check("01/07/2025").violations().get(0).message())
                .isEqualTo("order_date 2025-07-01 is in the future (today is 2025-06-30)");
    }
}
