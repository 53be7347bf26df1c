package com.tmip.run;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this process is the only one that can use the database. The embedded HSQLDB file is locked by the
 * process that opens it, so a run marked as running there belongs to a process that died.
 */
@Component
public class ProcessLock {

    private final boolean exclusive;

    public ProcessLock(@Value("${spring.datasource.url}") String url) {
        this.exclusive = url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:");
    }

    public boolean isExclusive() {
        return exclusive;
    }
}
