package com.tmip;

import com.tmip.config.TmipProperties;
import com.tmip.input.InputLimits;
import com.tmip.reference.PlatformCatalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Cross-cutting wiring: the settings, the clock and the reference data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TmipProperties.class)
class TmipConfiguration {

    /**
     * The system clock; or, when {@code tmip.today} is set (yyyy-MM-dd), that day at midnight in the system zone:
     * to re-run a past day's reconciliation, and for tests.
     */
    @Bean
    Clock clock(TmipProperties properties) {
        String today = properties.today();
        if (today.isBlank()) {
            return Clock.systemDefaultZone();
        }
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDate.parse(today.strip()).atStartOfDay(zone).toInstant(), zone);
    }

    /** The limits of one input file, {@code tmip.input.*}. */
    @Bean
    InputLimits inputLimits(TmipProperties properties) {
        return InputLimits.of(properties.input());
    }

    @Bean
    PlatformCatalog platformCatalog(TmipProperties properties) throws IOException {
        Resource platforms = properties.platforms();
        if (platforms instanceof ClassPathResource resource) {
            return PlatformCatalog.fromResource(resource.getPath());
        }
        return PlatformCatalog.fromFile(platforms.getFile().toPath());
    }
}
