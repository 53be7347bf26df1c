package com.tmip.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.math.BigDecimal;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.Period;
import java.util.List;

/**
 * Every {@code tmip.*} setting, with its default, in one place. Set them in {@code application.properties}, as
 * {@code --tmip.name=value} on the command line or as environment variables ({@code TMIP_CHUNK_SIZE}); the jobs'
 * properties files ({@code jobs/*.properties}) say what each one is for.
 *
 * @param chunkSize             rows per chunk (one transaction) of the equipment import
 * @param today                 a fixed day (yyyy-MM-dd) instead of the system clock's, to re-run a past day; blank
 *                              for the system clock
 * @param platforms             the known MX platforms, one a line
 * @param documentationDeadline how long after the order an item's return or CoD is due
 * @param home                  the folder of the embedded database ({@code home/data}), set by the command line
 *                              from {@code --home DIR} or {@code TMIP_HOME}; blank: {@code ~/.tmip}
 */
@ConfigurationProperties("tmip")
public record TmipProperties(
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("") String today,
        @DefaultValue("classpath:reference/platforms.txt") Resource platforms,
        @DefaultValue("P3M") Period documentationDeadline,
        @DefaultValue Accounts accounts,
        @DefaultValue Users users,
        @DefaultValue Credits credits,
        @DefaultValue Inbox inbox,
        @DefaultValue Progress progress,
        @DefaultValue Partition partition,
        @DefaultValue Attach attach,
        @DefaultValue("") String home,
        @DefaultValue Portal portal) {

    /**
     * @param chunkSize certificates per chunk of {@code attach-cods} (each chunk holds its certificates' bytes, up to
     *                  {@code tmip.cod.max-bytes} each, until it commits)
     */
    public record Attach(@DefaultValue("5") int chunkSize) {
    }

    /** @param chunkSize rows per chunk of the accounts import */
    public record Accounts(@DefaultValue("500") int chunkSize) {
    }

    /**
     * @param roles          the roles a user row may have
     * @param defaultRegion  the region of phone numbers written without +country
     * @param chunkSize      rows per chunk of the user import
     * @param bcryptStrength bcrypt's cost (log2 rounds, 4 to 31)
     * @param commonPasswords the list of passwords refused as common
     */
    public record Users(
            @DefaultValue({"Customer", "Partner", "Partner Admin", "Employee"}) List<String> roles,
            @DefaultValue("US") String defaultRegion,
            @DefaultValue("200") int chunkSize,
            @DefaultValue("10") int bcryptStrength,
            @DefaultValue("classpath:reference/common-passwords.txt") Resource commonPasswords) {
    }

    /**
     * @param chunkSize       ledger lines per chunk
     * @param rates           the credit-rate table (a resource location); blank for none
     * @param amountTolerance how far a credited amount may differ from the rate
     */
    public record Credits(
            @DefaultValue("1000") int chunkSize,
            @DefaultValue("") String rates,
            @DefaultValue("0.00") BigDecimal amountTolerance) {
    }

    /** @param settle how long a file must be unchanged before a pass takes it */
    public record Inbox(@DefaultValue("1m") Duration settle) {
    }

    /** @param interval how often a run's progress is logged when the output is not a terminal */
    public record Progress(@DefaultValue("10s") Duration interval) {
    }

    /**
     * @param queue         the RabbitMQ queue of partition requests
     * @param pollInterval  how often the manager looks for finished partitions in the job repository
     * @param workerThreads partitions a {@code worker} runs at once
     * @param remote        set by the command line for {@code --remote} and {@code worker}
     * @param worker        set by the command line for {@code worker}
     */
    public record Partition(
            @DefaultValue("tmip.partition.requests") String queue,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1") int workerThreads,
            @DefaultValue("false") boolean remote,
            @DefaultValue("false") boolean worker) {
    }

    /**
     * The partner portal ({@code serve}).
     *
     * @param maxUploadSize  the most one upload (a list and its certificates together) may be; larger ones are
     *                       refused with a message saying so
     * @param uploadDir      where uploaded files are kept, one folder per upload
     * @param reportDir      where the portal's runs write their reports, one folder per upload
     * @param loginAttempts  failed sign-ins in a row after which a username is locked
     * @param lockout        how long that lock lasts
     * @param failuresShown  failures a run page lists (the rest are in failures.csv)
     * @param pageSize       cases per page
     * @param runs           uploads run at once; the others wait their turn
     */
    public record Portal(
            @DefaultValue("1GB") DataSize maxUploadSize,
            @DefaultValue("uploads") String uploadDir,
            @DefaultValue("reports/portal") String reportDir,
            @DefaultValue("5") int loginAttempts,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("300") int failuresShown,
            @DefaultValue("50") int pageSize,
            @DefaultValue("2") int runs) {
    }
}
