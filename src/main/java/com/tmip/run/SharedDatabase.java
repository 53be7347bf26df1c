package com.tmip.run;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The check that a run spread over hosts (remote partitions, workers) has a database every host can reach. */
@Component
public class SharedDatabase {

    private final Environment environment;

    public SharedDatabase(Environment environment) {
        this.environment = environment;
    }

    /** Refuses {@code what} on the embedded database: workers on other hosts could not reach it. */
    public void require(String what) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new UnsupportedRequestException(what + " needs PostgreSQL, the database every host shares (--db-url"
                    + " jdbc:postgresql://HOST/DB, TMIP_DB_URL or --spring.profiles.active=postgres); the embedded"
                    + " database is local to this process");
        }
    }
}
