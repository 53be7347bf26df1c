package com.tmip;

import com.tmip.reference.PlatformCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.time.Clock;

/** Cross-cutting wiring: the clock and the reference data. */
@Configuration(proxyBeanMethods = false)
class TmipConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PlatformCatalog platformCatalog(@Value("${tmip.platforms}") Resource platforms) throws IOException {
        if (platforms instanceof ClassPathResource resource) {
            return PlatformCatalog.fromResource(resource.getPath());
        }
        return PlatformCatalog.fromFile(platforms.getFile().toPath());
    }
}
