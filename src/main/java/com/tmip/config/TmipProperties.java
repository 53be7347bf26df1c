package com.tmip.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.math.BigDecimal;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
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
 * @param cod                   Certificates of Destruction: the trust folder and the limits of one CoD file
 * @param input                 the limits of one input file (all imports)
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
        @DefaultValue Portal portal,
        @DefaultValue Cod cod,
        @DefaultValue Input input) {

    /**
     * Certificates of Destruction ({@code tmip.cod.*}): past a limit the CoD's rows are rejected with the limit's rule
     * code ({@code com.tmip.cod.CodLimits}) and the run goes on; {@code jobs/README.md} tabulates them.
     *
     * @param trustDir          the folder of trusted partner/vendor CA certificates (PEM or DER); {@code --trust-dir}
     *                          overrides it
     * @param maxBytes          the largest CoD file (and {@code .p7s}) accepted, in bytes (50 MB)
     * @param maxStreamBytes    the most one stream of the PDF may decode to (64 MB)
     * @param maxDecodedBytes   the most all its streams together may decode to (256 MB), also the most PDFBox may
     *                          buffer in memory and scratch files
     * @param memoryBudgetBytes what PDFBox buffers in memory before it writes scratch files (16 MB)
     * @param scratchDir        where those scratch files go; blank: the system's temporary folder
     * @param maxPages          the most pages of one CoD
     * @param maxTextChars      the most characters its pages may draw, visible or not
     * @param maxOperators      the most drawing instructions its pages may run, forms included
     * @param maxCpuTime        the most processor time reading its pages may take
     */
    public record Cod(
            @DefaultValue("trust") Path trustDir,
            @DefaultValue("52428800") long maxBytes,
            @DefaultValue("67108864") long maxStreamBytes,
            @DefaultValue("268435456") long maxDecodedBytes,
            @DefaultValue("16777216") long memoryBudgetBytes,
            @DefaultValue("") String scratchDir,
            @DefaultValue("1000") int maxPages,
            @DefaultValue("500000") int maxTextChars,
            @DefaultValue("5000000") long maxOperators,
            @DefaultValue("30s") Duration maxCpuTime) {
    }

    /**
     * The most one input file may ask of a run ({@code tmip.input.*}, see {@code com.tmip.input.InputLimits}):
     * beyond it the file, or the row, is rejected with a rule code of its own instead of exhausting memory or
     * overflowing a table; {@code jobs/README.md} tabulates them.
     *
     * @param maxColumns            columns per row
     * @param maxCellLength         characters per cell, as Excel allows
     * @param maxHeaderLength       characters per header label
     * @param maxSheetNameLength    characters of the sheet's name, as Excel allows
     * @param maxSharedStringsBytes uncompressed bytes of an .xlsx workbook's shared strings (100 MB)
     * @param maxRecordChars        characters of one CSV record, a line or the lines of a quoted value
     */
    public record Input(
            @DefaultValue("200") int maxColumns,
            @DefaultValue("32767") int maxCellLength,
            @DefaultValue("1000") int maxHeaderLength,
            @DefaultValue("31") int maxSheetNameLength,
            @DefaultValue("104857600") long maxSharedStringsBytes,
            @DefaultValue("33554432") long maxRecordChars) {
    }

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
