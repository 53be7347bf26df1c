package com.tmip.credits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** The credit-rate table of the reconciliation: none unless {@code tmip.credits.rates} names one. */
@Configuration(proxyBeanMethods = false)
class CreditsConfiguration {

    @Bean
    CreditRates creditRates(@Value("${tmip.credits.rates:}") String location,
                            @Value("${tmip.credits.amount-tolerance:0}") BigDecimal tolerance) throws IOException {
        if (location.isBlank()) {
            return CreditRates.NONE;
        }
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CreditRates.read(in, tolerance);
        }
    }
}
