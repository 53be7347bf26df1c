package com.tmip.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CaseIdAllocatorTest {

    @Test
    void formatsTheDayAndAFourDigitSequence() {
        assertThat(CaseIdAllocator.format(LocalDate.of(2020, 10, 13), 740)).isEqualTo("2020-1013-0740");
        assertThat(CaseIdAllocator.format(LocalDate.of(2026, 1, 2), 1)).isEqualTo("2026-0102-0001");
    }

    @Test
    void widensPast9999RatherThanFailing() {
        assertThat(CaseIdAllocator.format(LocalDate.of(2026, 11, 25), 9999)).isEqualTo("2026-1125-9999");
        assertThat(CaseIdAllocator.format(LocalDate.of(2026, 11, 25), 10000)).isEqualTo("2026-1125-10000");
    }
}
