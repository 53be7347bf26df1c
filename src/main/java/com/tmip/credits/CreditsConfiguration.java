package com.tmip.credits;

import com.tmip.config.TmipProperties;
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
    CreditRates creditRates(TmipProperties properties) throws IOException {
        String location = properties.credits().rates();
        BigDecimal tolerance = properties.credits().amountTolerance();
        if (location.isBlank()) {
            return CreditRates.NONE;
        }
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CreditRates.read(in, tolerance);
        }
    }
}
