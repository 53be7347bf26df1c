package com.tmip.cli;

import com.tmip.account.AccountImport;
import com.tmip.account.AccountImportRequest;
import com.tmip.attach.AttachCods;
import com.tmip.attach.AttachCodsRequest;
import com.tmip.cases.CaseDetails;
import com.tmip.cases.CaseListing;
import com.tmip.cases.ItemFilter;
import com.tmip.cases.ItemListing;
import com.tmip.cases.ItemState;
import com.tmip.cases.CaseStore;
import com.tmip.config.TmipProperties;
import com.tmip.credits.CreditReconciliation;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.credits.ReconciliationOutcome;
import com.tmip.credits.ReconciliationTotals;
import com.tmip.equipment.EquipmentImport;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.history.PastRun;
import com.tmip.history.RunHistory;
import com.tmip.inbox.InboxPass;
import com.tmip.inbox.InboxRequest;
import com.tmip.inbox.InboxResult;
import com.tmip.inbox.InboxSchedule;
import com.tmip.portal.PortalServer;
import com.tmip.progress.ProgressDisplay;
import com.tmip.remote.PartitionWorker;
import com.tmip.returns.RecordReturns;
import com.tmip.returns.RecordReturnsRequest;
import com.tmip.run.CaseCounts;
import com.tmip.run.FileSummary;
import com.tmip.run.RunSummary;
import com.tmip.run.SharedDatabase;
import com.tmip.template.Templates;
import com.tmip.terminal.TerminalText;
import com.tmip.users.UserImport;
import com.tmip.users.UserImportRequest;

import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import static com.tmip.cli.Arguments.directory;
import static com.tmip.cli.Arguments.number;
import static com.tmip.cli.Arguments.oneOf;
import static com.tmip.cli.Arguments.outDir;
import static com.tmip.cli.Arguments.readableFile;
import static com.tmip.cli.Arguments.readableFiles;
import static com.tmip.cli.CommandRunner.ALL_ACCEPTED;
import static com.tmip.cli.CommandRunner.USAGE_ERROR;

/**
 * Every command of {@code tmip}, declared for picocli: one {@code @Command} method per command, whose parameters
 * are the command's operands ({@code @Parameters}) and options ({@code @Option}), and whose body checks them,
 * builds the feature's request and returns a {@link com.tmip.cli.Command} that runs it once the application is
 * up. The global options are the fields of this class; picocli lets them stand anywhere on the line. The help
 * ({@code --help}, {@code COMMAND --help}, {@code help COMMAND}) and the one-line usage errors are generated from
 * these annotations by {@link HelpText} and {@link CommandLine}: there is no other list of commands or options.
 *
 * <p><b>Adding a command</b> touches this class only: write one method, for example
 * <pre>{@code
 * @Command(name = "record-returns", description = {"Records the equipment the vendor received back: ..."},
 *         footer = "record-returns samples/returns.csv")
 * com.tmip.cli.Command recordReturns(
 *         @Parameters(paramLabel = "FILE", arity = "1..*") List<String> files,
 *         @Option(names = "--out", paramLabel = "DIR", description = OUT) String out) {
 *     ReturnsRequest request = new ReturnsRequest(readableFiles(files), outDir(out));
 *     return com.tmip.cli.Command.of("record-returns", request,
 *             (beans, output) -> output.imported(beans.getBean(ProgressDisplay.class),
 *                     () -> beans.getBean(ReturnsImport.class).run(request)));
 * }
 * }</pre>
 * The {@code description} lines are the help's paragraph, each {@code footer} line an example (written without
 * {@code java -jar target/tmip.jar}). Options are Strings checked in the body with {@link Arguments}, so every
 * wrong value gets a message of ours; a usage error is a {@link UsageException}. The execution prints through
 * {@link Output} only ({@link Output#imported} for a run with a summary, {@link Output#print} for anything else),
 * which is what makes {@code --json} and {@code --quiet} hold. A listing that must not create an embedded
 * database returns {@code .readingOnly()}. A command with commands of its own ({@code runs show RUN_ID},
 * {@code cases show CASE_ID}) is a nested class like {@link Runs}, named in {@code subcommands} below, whose
 * {@code call()} is the command alone and whose methods are its commands.
 */
@Command(name = Commands.TMIP, subcommands = {Commands.Runs.class, Commands.Cases.class})
final class Commands {

    /** How the commands are started, as the help and the examples write it. */
    static final String TMIP = "java -jar target/tmip.jar";

    static final String OUT = "reports folder (default: ./reports)";

    /** The one command that starts a web server. */
    static final String SERVE = "serve";

    private static final List<String> TEMPLATES = List.of("equipment", "users", "credits", "returns");

    @Spec
    CommandSpec spec;

    @Option(names = "--db-url", paramLabel = "URL", scope = ScopeType.INHERIT, description = "JDBC URL of the"
            + " database (default: embedded HSQLDB in the home); no password in it, ps shows it")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", scope = ScopeType.INHERIT, description = "database user (or"
            + " TMIP_DB_USER; default: SA for HSQLDB, else the user in the URL or the driver's default)")
    String dbUser;

    @Option(names = "--db-password-file", paramLabel = "FILE", scope = ScopeType.INHERIT, description = "read the"
            + " database password from FILE (or from the file named by TMIP_DB_PASSWORD_FILE; or set"
            + " TMIP_DB_PASSWORD)")
    String dbPasswordFile;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT, description = "the folder of the"
            + " embedded database, DIR/data (or TMIP_HOME; default: ~/.tmip), whatever the working folder")
    String home;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print one JSON document on standard output"
            + " (summary.json, or the listing) instead of the table")
    boolean json;

    @Option(names = "--quiet", scope = ScopeType.INHERIT, description = "print only errors")
    boolean quiet;

    @Option(names = "--help", usageHelp = true, scope = ScopeType.INHERIT, description = "show help (also: COMMAND"
            + " --help, help COMMAND)")
    boolean help;

    @Command(name = "import-accounts", description = {
            "Loads the known accounts (account_id, account_name) that equipment rows must match. An account",
            "already known is updated by its id."},
            footer = "import-accounts samples/accounts.csv")
    com.tmip.cli.Command importAccounts(
            @Parameters(paramLabel = "FILE") String file,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out) {
        AccountImportRequest request = new AccountImportRequest(readableFile(file), outDir(out));
        return com.tmip.cli.Command.of("import-accounts", request, (beans, output) -> output.imported(
                beans.getBean(ProgressDisplay.class), () -> beans.getBean(AccountImport.class).run(request)));
    }

    @Command(name = "import-users", description = {
            "Creates Case Manager user accounts from CSV or Excel lists (the New User form's columns). Passwords",
            "are hashed and never written to a report."},
            footer = "import-users samples/users.csv --out reports")
    com.tmip.cli.Command importUsers(
            @Parameters(paramLabel = "FILE", arity = "1..*") List<String> files,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out,
            @Option(names = "--dry-run", description = "check every row and report, create nothing") boolean dryRun) {
        UserImportRequest request = new UserImportRequest(readableFiles(files), outDir(out), dryRun);
        return com.tmip.cli.Command.of("import-users", request, (beans, output) -> output.imported(
                beans.getBean(ProgressDisplay.class), () -> beans.getBean(UserImport.class).run(request)));
    }

    @Command(name = "import-equipment", description = {
            "Registers trade-in and destroyed (CoD) equipment from CSV or Excel lists: opens one TMIP case per",
            "account, disposition and reference, and reports every row that is not registered."},
            footer = "import-equipment samples/equipment.csv --cod-dir samples/cod --trust-dir samples/trust")
    com.tmip.cli.Command importEquipment(
            @Parameters(paramLabel = "FILE", arity = "1..*") List<String> files,
            @Option(names = "--cod-dir", paramLabel = "DIR", description = "the folder of the signed Certificates"
                    + " of Destruction named in cod_file") String codDir,
            @Option(names = "--trust-dir", paramLabel = "DIR", description = "the CA certificates (PEM or DER) CoD"
                    + " signers must chain to (default: tmip.cod.trust-dir, ./trust)") String trustDir,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out,
            @Option(names = "--dry-run", description = "check every row and report, register nothing") boolean dryRun,
            @Option(names = "--partitions", paramLabel = "N", description = "split each file into N row ranges"
                    + " registered in parallel (threads)") String partitions,
            @Option(names = "--remote", description = "with --partitions: send the ranges to `worker` processes over"
                    + " RabbitMQ (needs PostgreSQL)") boolean remote) {
        if (remote && partitions == null) {
            throw new UsageException("--remote needs --partitions N");
        }
        int n = partitions == null ? 0 : number(partitions, "--partitions", 1, 1024, "a whole number from 1 to 1024");
        EquipmentImportRequest request = new EquipmentImportRequest(readableFiles(files),
                directory(codDir, "--cod-dir"), directory(trustDir, "--trust-dir"), outDir(out), dryRun, n, remote);
        com.tmip.cli.Command command = com.tmip.cli.Command.of("import-equipment", request,
                (beans, output) -> output.imported(beans.getBean(ProgressDisplay.class),
                        () -> beans.getBean(EquipmentImport.class).run(request)));
        if (remote) {
            return command.withProperty("tmip.partition.remote", "true");
        }
        // one connection per partition thread, besides the run's lock and the job repository
        return n == 0 ? command
                : command.withProperty("spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(4, n + 3)));
    }

    @Command(name = "attach-cods", description = {
            "Attaches the signed Certificates of Destruction in DIR to the COD plans they document: each",
            "file is verified, the serials it lists are matched to items awaiting a certificate, and those",
            "become documented. attached.csv lists file, serial and case."},
            footer = "attach-cods samples/plans-cod --trust-dir samples/trust")
    com.tmip.cli.Command attachCods(
            @Parameters(paramLabel = "DIR") String dir,
            @Option(names = "--trust-dir", paramLabel = "DIR", description = "the CA certificates CoD signers must"
                    + " chain to (default: tmip.cod.trust-dir, ./trust)") String trustDir,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out,
            @Option(names = "--dry-run", description = "verify and match every certificate and report, change"
                    + " nothing") boolean dryRun) {
        AttachCodsRequest request = new AttachCodsRequest(directory(dir, "DIR"), directory(trustDir, "--trust-dir"),
                outDir(out), dryRun);
        return com.tmip.cli.Command.of("attach-cods", request, (beans, output) -> {
            AttachCods.Result result = beans.getBean(AttachCods.class).run(request);
            RunSummary summary = result.summary();
            return output.summary(summary, result.exitCode(), table -> SummaryPrinter.print(summary, table),
                    "run " + summary.runId() + ": " + summary.total().rejected() + " serials and "
                            + summary.filesWithProblems() + " certificates not attached; see "
                            + summary.reports().get("failures"));
        });
    }

    @Command(name = "record-returns", description = {
            "Records trade-in items received back from CSV or Excel lists (serial_number, received_on,",
            "return_reference: the RMA or tracking number): each named item becomes RECEIVED."},
            footer = "record-returns samples/returns.csv")
    com.tmip.cli.Command recordReturns(
            @Parameters(paramLabel = "FILE", arity = "1..*") List<String> files,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out,
            @Option(names = "--dry-run", description = "check every row and report, change nothing") boolean dryRun) {
        RecordReturnsRequest request = new RecordReturnsRequest(readableFiles(files), outDir(out), dryRun);
        return com.tmip.cli.Command.of("record-returns", request, (beans, output) -> output.imported(
                beans.getBean(ProgressDisplay.class), () -> beans.getBean(RecordReturns.class).run(request)));
    }

    @Command(name = "items", description = {
            "Lists registered items in serial order with their case, state and due date, streamed (a",
            "million items print without being held in memory). --json prints a JSON array."},
            footer = "items --overdue --account \"Northwind Telecom\" --format csv")
    com.tmip.cli.Command items(
            @Option(names = "--state", paramLabel = "STATE", description = "only items in this state:"
                    + " AWAITING_CERTIFICATE, DOCUMENTED, AWAITING_RETURN or RECEIVED") String stateName,
            @Option(names = "--overdue", description = "only items still awaiting their certificate or return, due"
                    + " before today") boolean overdue,
            @Option(names = "--account", paramLabel = "NAME", description = "only the items of this account's cases"
                    + " (name or id)") String account,
            @Option(names = "--case", paramLabel = "CASE_ID", description = "only the items of this case") String caseId,
            @Option(names = "--limit", paramLabel = "N", description = "list at most N items (default: all)")
            String limit,
            @Option(names = "--format", paramLabel = "table|csv", description = "table (default) or csv") String format) {
        ItemState state = null;
        if (stateName != null) {
            List<String> states = Arrays.stream(ItemState.values()).map(Enum::name).toList();
            String upper = stateName.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (!states.contains(upper)) {
                throw new UsageException("--state must be one of " + String.join(", ", states) + ", not '"
                        + stateName + "'" + Suggest.nearest(upper, states));
            }
            state = ItemState.valueOf(upper);
        }
        String chosen = tableOrCsv(format);
        ItemFilter filter = new ItemFilter(state, overdue, account, caseId == null ? null : caseId.strip(),
                limit == null ? 0 : number(limit, "--limit", 1, Integer.MAX_VALUE, "a positive number"));
        return com.tmip.cli.Command.of("items", filter, (beans, output) -> listItems(filter, chosen,
                beans.getBean(ItemListing.class), beans.getBean(CaseListing.class), output)).readingOnly();
    }

    private static int listItems(ItemFilter filter, String format, ItemListing items, CaseListing cases,
                                 Output output) {
        String accountId = null;
        if (filter.account() != null) {
            accountId = items.accountId(filter.account()).orElse(null);
            if (accountId == null) {
                output.error(unknownAccount(filter.account(), cases));
                return USAGE_ERROR;
            }
        }
        if (filter.caseId() != null && !items.caseExists(filter.caseId())) {
            output.error("no case " + filter.caseId() + " ('cases' lists them)");
            return USAGE_ERROR;
        }
        if (output.mode() == OutputMode.QUIET) {
            return ALL_ACCEPTED;
        }
        ItemsPrinter.Format printed = output.mode() == OutputMode.JSON ? ItemsPrinter.Format.JSON
                : format.equals("csv") ? ItemsPrinter.Format.CSV : ItemsPrinter.Format.TABLE;
        try (ItemsPrinter printer = new ItemsPrinter(printed, output.stream(), true)) {
            items.forEach(filter, accountId, printer);
        }
        return ALL_ACCEPTED;
    }

    /** The --format of a listing: table (the default) or csv, and not together with --json. */
    private String tableOrCsv(String format) {
        String chosen = format == null ? "table" : format;
        if (!chosen.equals("table") && !chosen.equals("csv")) {
            throw new UsageException("--format must be table or csv, not '" + format + "'");
        }
        if (json && format != null) {
            throw new UsageException("--format and --json cannot be used together");
        }
        return chosen;
    }

    @Command(name = "reconcile-credits", description = {
            "Loads a finance credits ledger and gives every ledger line and every uncredited registered item",
            "one outcome (MATCHED, CREDIT_WITHOUT_CASE, NOT_CREDITED, ...): reconciliation.csv and .xlsx."},
            footer = "reconcile-credits samples/credits.csv")
    com.tmip.cli.Command reconcileCredits(
            @Parameters(paramLabel = "LEDGER") String ledger,
            @Option(names = "--out", paramLabel = "DIR", description = OUT) String out) {
        CreditReconciliationRequest request = new CreditReconciliationRequest(readableFile(ledger), outDir(out));
        return com.tmip.cli.Command.of("reconcile-credits", request, (beans, output) -> {
            CreditReconciliation.Result result = beans.getBean(CreditReconciliation.class).run(request);
            long notMatched = result.totals().counts().entrySet().stream()
                    .filter(e -> e.getKey() != ReconciliationOutcome.MATCHED).mapToLong(Map.Entry::getValue).sum();
            return output.summary(result.summary(), result.exitCode(), table -> {
                SummaryPrinter.print(result.summary(), table);
                SummaryPrinter.printReconciliation(result.totals(), table);
            }, "run " + result.summary().runId() + ": " + notMatched + " ledger lines or items not MATCHED; see "
                    + result.summary().reports().getOrDefault("reconciliation_csv", "reconciliation.csv"));
        });
    }

    @Command(name = "run-inbox", description = {
            "One unattended pass over an inbox: files in accounts/, users/, equipment/, cod/ (signed",
            "certificates for attach-cods), returns/ and credits/ go to their job; each is archived beside its",
            "reports, a file rejected as a whole goes to failed/."},
            footer = "run-inbox /srv/tmip/inbox --cod-dir /srv/tmip/cod --every \"0 0 2 * * *\"")
    com.tmip.cli.Command runInbox(
            @Parameters(paramLabel = "DIR") String dir,
            @Option(names = "--cod-dir", paramLabel = "DIR", description = "the folder of the signed Certificates"
                    + " of Destruction") String codDir,
            @Option(names = "--trust-dir", paramLabel = "DIR", description = "the CA certificates CoD signers must"
                    + " chain to") String trustDir,
            @Option(names = "--out", paramLabel = "DIR", description = "reports folder (default: beside each"
                    + " archived file)") String out,
            @Option(names = "--every", paramLabel = "CRON", description = "stay up and run a pass on this Spring"
                    + " cron schedule (six fields)") String every) {
        Path inbox = directory(dir, "inbox");
        if (every != null && !CronExpression.isValidExpression(every)) {
            throw new UsageException("--every needs a cron expression of six fields (second minute hour day month"
                    + " weekday), e.g. \"0 0 2 * * *\" for 02:00 every night; got '" + every + "'");
        }
        InboxRequest request = new InboxRequest(inbox, directory(codDir, "--cod-dir"),
                directory(trustDir, "--trust-dir"), out == null ? null : Path.of(out).toAbsolutePath().normalize(),
                every);
        return com.tmip.cli.Command.of("run-inbox", request, (beans, output) -> runInbox(request, beans
                .getBean(InboxPass.class), beans.getBean(InboxSchedule.class), output));
    }

    private static int runInbox(InboxRequest request, InboxPass pass, InboxSchedule schedule, Output output)
            throws InterruptedException {
        if (request.every() != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("inbox", request.inbox().toString());
            json.put("every", request.every());
            json.put("status", "scheduled");
            output.print(json, table -> {
            });
            schedule.runForever(request);
            return ALL_ACCEPTED;
        }
        InboxResult result = pass.run(request);
        if (result.skipped()) {
            output.error("another pass over " + request.inbox() + " is running; this one did nothing");
        }
        result.failures().forEach(f -> output.error("not finished, the next pass resumes it: " + f));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inbox", request.inbox().toString());
        json.put("skipped", result.skipped());
        json.put("processed", result.processed().stream().map(p -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("kind", p.kind());
            file.put("file", p.fileName());
            file.put("run_id", p.summary().runId());
            file.put("rows_read", p.summary().total().rowsRead());
            file.put("accepted", p.summary().total().accepted());
            file.put("rejected", p.summary().total().rejected());
            file.put("duplicates", p.summary().total().duplicates());
            file.put("nothing_new", nothingNew(p));
            file.put("exit_code", p.summary().exitCode());
            file.put("archived_in", String.valueOf(p.archivedIn()));
            return file;
        }).toList());
        json.put("waiting", result.waiting().stream().map(w -> Map.of("kind", w.kind(), "file", w.fileName(),
                "reason", w.reason())).toList());
        json.put("not_finished", result.failures());
        json.put("exit_code", result.exitCode());
        output.print(json, out -> {
            for (InboxResult.Processed p : result.processed()) {
                var total = p.summary().total();
                out.printf("%s/%s: run %s: read %d, accepted %d, rejected %d, duplicates %d%s -> %s%n", p.kind(),
                        TerminalText.escape(p.fileName()), p.summary().runId(), total.rowsRead(), total.accepted(),
                        total.rejected(), total.duplicates(), nothingNew(p) ? " (nothing new: already registered)" : "",
                        TerminalText.escape(p.archivedIn()));
            }
            result.waiting().forEach(w -> out.printf("%s/%s: waits for the next pass: %s%n", w.kind(),
                    TerminalText.escape(w.fileName()), w.reason()));
            if (result.processed().isEmpty() && result.failures().isEmpty() && !result.skipped()) {
                out.println("nothing to do in " + TerminalText.escape(request.inbox()));
            }
        });
        return result.skipped() ? ALL_ACCEPTED : result.exitCode();
    }

    /** Whether every file of the processed run repeated what earlier runs registered. */
    private static boolean nothingNew(InboxResult.Processed processed) {
        return processed.summary().files().stream().allMatch(FileSummary::nothingNew);
    }

    /** {@code worker}'s request: it takes none. */
    record Worker() {
    }

    @Command(name = "worker", description = {
            "Runs partitions of remote equipment imports (--partitions N --remote) from RabbitMQ until",
            "stopped. Needs PostgreSQL and the broker (spring.rabbitmq.*)."},
            footer = "worker --db-url jdbc:postgresql://db:5432/tmip")
    com.tmip.cli.Command worker() {
        return com.tmip.cli.Command.of("worker", new Worker(), (beans, output) -> {
            PartitionWorker worker = beans.getBean(PartitionWorker.class);
            beans.getBean(SharedDatabase.class).require("worker");
            output.print(Map.of("worker", "running", "queue",
                    beans.getBean(TmipProperties.class).partition().queue()), table -> {
            });
            return worker.run(output.table());
        }).withProperty("tmip.partition.remote", "true").withProperty("tmip.partition.worker", "true");
    }

    /** {@code cases}' request: the account asked for (name or id, or null for all) and the format. */
    record ListCases(String account, String format) {
    }

    /** {@code cases} lists the registered cases; {@code cases show CASE_ID} shows one. */
    @Command(name = "cases", description = {
            "Lists the registered cases with their item counts. 'cases show CASE_ID' prints one case: its",
            "fixed values, its items (serial, platform, disposition, state, due date) and its attachments."},
            footer = {"cases --account \"Northwind Telecom\" --format csv", "cases show 2026-1125-0001"})
    static final class Cases implements Callable<com.tmip.cli.Command> {

        @picocli.CommandLine.ParentCommand
        Commands tmip;

        @Option(names = "--account", paramLabel = "NAME", description = "only the cases of this account (name or"
                + " id)")
        String account;

        @Option(names = "--format", paramLabel = "table|csv", description = "table (default) or csv")
        String format;

        @Override
        public com.tmip.cli.Command call() {
            ListCases request = new ListCases(account, tmip.tableOrCsv(format));
            return com.tmip.cli.Command.of("cases", request, (beans, output) -> listCases(request,
                    beans.getBean(CaseListing.class), output)).readingOnly();
        }

        @Command(name = "show", description = "Prints one case: its fixed values, its items (serial, platform,"
                + " disposition, state, due date) and its attachments.", footer = "cases show 2026-1125-0001")
        com.tmip.cli.Command show(@Parameters(paramLabel = "CASE_ID") String caseId) {
            if (account != null || format != null) {
                throw new UsageException("'cases show' has no option " + (account != null ? "--account" : "--format"));
            }
            String id = caseId.strip();
            return com.tmip.cli.Command.of("cases show", id, (beans, output) -> showCase(id,
                    beans.getBean(CaseDetails.class), output)).readingOnly();
        }

        private static int showCase(String caseId, CaseDetails details, Output output) {
            CaseDetails.CaseFacts facts = details.find(caseId).orElse(null);
            if (facts == null) {
                output.error("no case " + caseId + " ('cases' lists them)");
                return USAGE_ERROR;
            }
            List<CaseDetails.Attachment> attachments = details.attachments(facts.caseId());
            if (output.mode() == OutputMode.JSON) {
                CasePrinter.showJson(facts, attachments, printer -> details.forEachItem(facts.caseId(), printer),
                        output.stream());
            } else if (output.mode() == OutputMode.TABLE) {
                CasePrinter.show(facts, attachments, printer -> details.forEachItem(facts.caseId(), printer),
                        output.stream());
            }
            return ALL_ACCEPTED;
        }
    }

    /** Why {@code account} names no one account: several match (give the id), or none (the nearest, if any). */
    private static String unknownAccount(String account, CaseListing listing) {
        List<String> several = listing.accountsMatching(account);
        return several.size() > 1
                ? "'" + account + "' names several accounts: " + String.join(", ", several) + "; give the account id"
                : "no known account matches '" + account + "'" + listing.nearestAccount(account)
                .map(name -> ", did you mean " + name + "?").orElse("");
    }

    private static int listCases(ListCases request, CaseListing listing, Output output) {
        Optional<List<Map<String, String>>> cases = listing.cases(request.account());
        if (cases.isEmpty()) {
            output.error(unknownAccount(request.account(), listing));
            return USAGE_ERROR;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", output.database());
        json.put("account", request.account());
        json.put("cases", cases.get());
        output.print(json, out -> {
            PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
            CaseListing.print(cases.get(), request.format(), writer);
            if (request.format().equals("table")) {
                out.println("database: " + TerminalText.escape(output.database()));
            }
        });
        return ALL_ACCEPTED;
    }

    /** {@code runs}' request: how many runs to list. */
    record ListRuns(int limit) {
    }

    /** {@code runs show}'s request. */
    record ShowRun(String runId) {
    }

    /** {@code runs} lists the past runs; {@code runs show RUN_ID} shows one. */
    @Command(name = "runs", description = {
            "Lists past import runs, newest first: run id, job, input files, start time, duration, status",
            "(completed, completed with rejections, failed, running) and row counts, and the database they are in.",
            "'runs show RUN_ID' prints one run's summary and the paths of its reports."},
            footer = {"runs", "runs show 20260412-221503-3f2a"})
    static final class Runs implements Callable<com.tmip.cli.Command> {

        @Option(names = "--limit", paramLabel = "N", description = "list at most N runs (default: 20)")
        String limit;

        @Override
        public com.tmip.cli.Command call() {
            ListRuns request = new ListRuns(limit == null ? 20
                    : number(limit, "--limit", 1, Integer.MAX_VALUE, "a positive number"));
            return com.tmip.cli.Command.of("runs", request, (beans, output) -> {
                List<PastRun> runs = beans.getBean(RunHistory.class).recent(request.limit());
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("database", output.database());
                json.put("runs", runs.stream().map(run -> RunsPrinter.toJson(run, null)).toList());
                output.print(json, out -> {
                    RunsPrinter.list(runs, out);
                    out.println("database: " + TerminalText.escape(output.database()));
                });
                return ALL_ACCEPTED;
            }).readingOnly();
        }

        @Command(name = "show", description = "Prints one run's summary, its counts per file and the paths of its"
                + " reports.", footer = "runs show 20260412-221503-3f2a")
        com.tmip.cli.Command show(@Parameters(paramLabel = "RUN_ID") String runId) {
            if (limit != null) {
                throw new UsageException("'runs show' has no option --limit");
            }
            ShowRun request = new ShowRun(runId);
            return com.tmip.cli.Command.of("runs show", request, (beans, output) -> showRun(request,
                    beans.getBean(RunHistory.class), beans.getBean(CaseStore.class),
                    beans.getBean(CreditReconciliation.class), output)).readingOnly();
        }

        private static int showRun(ShowRun request, RunHistory history, CaseStore caseStore,
                                   CreditReconciliation credits, Output output) {
            PastRun run = history.find(request.runId()).orElse(null);
            if (run == null) {
                List<String> recent = history.recent(50).stream().map(PastRun::runId).toList();
                output.error("no run " + request.runId() + Suggest.nearest(request.runId(), recent)
                        + " ('runs' lists them)");
                return USAGE_ERROR;
            }
            CaseCounts counts = run.job().equals(EquipmentImport.JOB_NAME)
                    ? caseStore.countsForRun(run.runId(), run.dryRun()) : null;
            ReconciliationTotals reconciliation = run.job().equals(CreditReconciliation.JOB_NAME)
                    ? credits.stored(run.runId()).orElse(null) : null;
            Map<String, Object> json = RunsPrinter.toJson(run, counts);
            if (reconciliation != null) {
                json.put("reconciliation", reconciliation.toJson());
            }
            json.put("database", output.database());
            output.print(json, out -> RunsPrinter.show(run, counts, reconciliation, out));
            return ALL_ACCEPTED;
        }
    }

    /** {@code template}'s request: which template, and the workbook to write. */
    record Template(String kind, Path out) {
    }

    @Command(name = "template", description = {
            "Writes an Excel workbook a partner fills in and uploads as is: our column names, drop-down lists",
            "for the values we know, date and text formats, and an Instructions sheet."},
            footer = "template equipment --out equipment-template.xlsx")
    com.tmip.cli.Command template(
            @Parameters(paramLabel = "equipment|users|credits|returns") String kind,
            @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "the workbook to"
                    + " write (required)") String out) {
        oneOf(kind, TEMPLATES, "template");
        Path file = Path.of(out).toAbsolutePath().normalize();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--out must name an .xlsx file, not '" + out + "'");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("--out is a folder: " + out);
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new UsageException("--out: no such folder: " + file.getParent());
        }
        Template request = new Template(kind, file);
        return com.tmip.cli.Command.of("template", request, (beans, output) -> {
            Path written = beans.getBean(Templates.class).write(kind, file);
            output.print(Map.of("template", kind, "file", written.toString()),
                    table -> table.println("template " + kind + " written to " + TerminalText.escape(written)));
            return ALL_ACCEPTED;
        });
    }

    /** {@code serve}'s request: where the portal listens, and the trust anchors of uploaded certificates. */
    record Serve(int port, String bind, Path trustDir) {
    }

    @Command(name = SERVE, description = {
            "Runs the partner portal: partners sign in with their Case Manager user, upload equipment lists",
            "and certificates, watch the run and download its reports; finance staff reconcile credits.",
            "Stops with Ctrl-C. See docs/portal.md."},
            footer = "serve --port 8080 --trust-dir samples/trust")
    com.tmip.cli.Command serve(
            @Option(names = "--port", paramLabel = "N", description = "the HTTP port (default: 8080)") String port,
            @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default:"
                    + " 127.0.0.1, this machine only)") String bind,
            @Option(names = "--trust-dir", paramLabel = "DIR", description = "the CA certificates uploaded CoDs'"
                    + " signers must chain to (default: tmip.cod.trust-dir, ./trust)") String trustDir) {
        int n = port == null ? 8080 : number(port, "--port", 1, 65535, "a number from 1 to 65535");
        String address = bind == null ? "127.0.0.1" : bind;
        if (address.isBlank() || !address.matches("[0-9A-Za-z.:\\-\\[\\]]+")) {
            throw new UsageException("--bind must be an address or host name, not '" + bind + "'");
        }
        Serve request = new Serve(n, address, directory(trustDir, "--trust-dir"));
        com.tmip.cli.Command command = com.tmip.cli.Command.of(SERVE, request,
                        (beans, output) -> beans.getBean(PortalServer.class).serve(output.table()))
                .withProperty("server.port", String.valueOf(n)).withProperty("server.address", address)
                .withProperty("spring.main.web-application-type", "servlet");
        return request.trustDir() == null ? command
                : command.withProperty("tmip.cod.trust-dir", request.trustDir().toString());
    }

    @Command(name = "help", hidden = true, description = "Prints the help of tmip, or of one command.",
            footer = "help import-equipment")
    com.tmip.cli.Command help(@Parameters(paramLabel = "COMMAND", arity = "0..*") List<String> words) {
        CommandSpec about = spec;
        for (String word : words == null ? List.<String>of() : words) {
            picocli.CommandLine sub = about.subcommands().get(word);
            if (sub == null) {
                throw new UsageException((about == spec ? "unknown command '" : "'" + HelpText.name(about)
                        + "' has no command '") + word + "'" + Suggest.nearest(word, HelpText.visible(about)));
            }
            about = sub.getCommandSpec();
        }
        return com.tmip.cli.Command.help(about == spec ? HelpText.general(spec) : HelpText.of(about));
    }
}
