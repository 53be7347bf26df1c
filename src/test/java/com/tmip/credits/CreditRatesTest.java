package com.tmip.credits;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The credit-rate table: reading it and matching platforms. */
class CreditRatesTest {

    @Test
    void readsPlatformsWhateverTheirSpelling() throws Exception {
        CreditRates rates = CreditRates.read(new StringReader("platform,amount,currency\nMX480,\"1,500.00\",eur\n\nMX 10003,4000,USD\n"),
                BigDecimal.ONE);
        assertThat(rates.configured()).isTrue();
        assertThat(rates.forPlatform("mx-480")).contains(new CreditRates.Rate(new BigDecimal("1500.00"), "EUR"));
        assertThat(rates.forPlatform("MX10003").orElseThrow().currency()).isEqualTo("USD");
        assertThat(rates.forPlatform("MX5")).isEmpty();
    }

    @Test
    void refusesABadTable() {
        assertThatThrownBy(() -> CreditRates.read(new StringReader("a,b,c\n"), BigDecimal.ZERO))
                .hasMessageContaining("platform,amount,currency");
        assertThatThrownBy(() -> CreditRates.read(new StringReader("platform,amount,currency\nMX5,ten,EUR\n"),
                BigDecimal.ZERO)).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CreditRates.read(new StringReader("platform,amount,currency\nMX5,1,EUR\nmx5,2,EUR\n"),
                BigDecimal.ZERO)).hasMessageContaining("twice");
    }

    @Test
    void theShippedTableReads() throws Exception {
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("jobs/credit-rates.csv"))) {
            assertThat(CreditRates.read(in, BigDecimal.ZERO).forPlatform("MX960")).isPresent();
        }
    }
}
