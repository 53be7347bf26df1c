package com.tmip.cli;

import com.tmip.account.AccountImportRequest;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.inbox.InboxRequest;
import com.tmip.users.UserImportRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses the command line of the contract (README.md, {@code --help}). Options may stand anywhere after the
 * command; options take their value as the next word or after {@code =}. Everything that is wrong becomes a
 * {@link UsageException}.
 */
public final class CommandLine {

    /** The general usage ({@code tmip --help}); each command's own help is in {@link Commands}. */
    public static final String USAGE = Commands.usage();

    private static final Set<String> FLAGS = Set.of("--dry-run", "--help", "--json", "--quiet", "--remote");
    private static final List<String> GLOBAL_OPTIONS = Commands.optionNames(Commands.GLOBAL);
    private static final Set<String> KNOWN_OPTIONS = knownOptions();
    private static final Set<String> TEMPLATES = new LinkedHashSet<>(List.of("equipment", "users", "credits"));
    private static final Path DEFAULT_OUT = Path.of("reports");
    private static final String PASSWORD_FILE_VARIABLE = "TMIP_DB_PASSWORD_FILE";

    private final Command command;
    private final String dbUrl;
    private final String dbPasswordFile;
    private final OutputMode output;

    private CommandLine(Command command, String dbUrl, String dbPasswordFile, OutputMode output) {
        this.command = command;
        this.dbUrl = dbUrl;
        this.dbPasswordFile = dbPasswordFile;
        this.output = output;
    }

    /** {@link OutputMode#JSON} with {@code --json}, {@link OutputMode#QUIET} with {@code --quiet}. */
    public OutputMode output() {
        return output;
    }

    public Command command() {
        return command;
    }

    /**
     * The database password from {@code --db-password-file FILE}, else from the file named by
     * {@code TMIP_DB_PASSWORD_FILE}: read once, surrounding white space and the line break removed. Empty when
     * neither is given ({@code TMIP_DB_PASSWORD} then applies, see application.properties).
     *
     * @param environment the process environment, by name
     */
    public Optional<String> dbPassword(Function<String, String> environment) {
        String option = "--db-password-file";
        String file = dbPasswordFile;
        if (file == null) {
            option = PASSWORD_FILE_VARIABLE;
            file = environment.apply(PASSWORD_FILE_VARIABLE);
        }
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(file)).strip());
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read " + option + " " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** True when {@code --db-url} holds a password, which anyone on the machine can read in the process list. */
    public boolean dbUrlHasPassword() {
        return dbUrl != null && dbUrl.toLowerCase(Locale.ROOT).contains("password=");
    }

    /** The JDBC URL given with {@code --db-url}, or null. */
    public String dbUrl() {
        return dbUrl;
    }

    public static CommandLine parse(String... args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (isProperty(arg)) {
                continue; // --spring.* and --tmip.* properties pass through to the application context.
            }
            if (!FLAGS.contains(name) && !KNOWN_OPTIONS.contains(name)) {
                throw new UsageException("unknown option " + name + Suggest.nearest(name, KNOWN_OPTIONS));
            }
            String value;
            if (FLAGS.contains(name)) {
                if (eq > 0) {
                    throw new UsageException(name + " takes no value");
                }
                value = "true";
            } else if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageException(name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        String dbUrl = options.remove("--db-url");
        String dbPasswordFile = options.remove("--db-password-file");
        boolean json = options.remove("--json") != null;
        boolean quiet = options.remove("--quiet") != null;
        if (json && quiet) {
            throw new UsageException("--json and --quiet cannot be used together");
        }
        OutputMode output = json ? OutputMode.JSON : quiet ? OutputMode.QUIET : OutputMode.TABLE;
        boolean help = options.remove("--help") != null;
        if (positional.isEmpty() || positional.get(0).equals("help")) {
            if (help || !positional.isEmpty()) {
                String about = positional.size() > 1 ? positional.get(1) : null;
                if (about != null && !Commands.ALL.containsKey(about)) {
                    throw unknownCommand(about);
                }
                return new CommandLine(new Command.Help(about), dbUrl, dbPasswordFile, output);
            }
            throw new UsageException("no command given");
        }
        String name = positional.get(0);
        List<String> operands = positional.subList(1, positional.size());
        CommandSpec spec = Commands.ALL.get(name);
        if (spec == null) {
            throw unknownCommand(name);
        }
        List<String> allowed = Commands.optionNames(spec.options());
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                List<String> candidates = new ArrayList<>(allowed);
                candidates.addAll(GLOBAL_OPTIONS);
                throw new UsageException("'" + name + "' has no option " + option + Suggest.nearest(option, candidates));
            }
        }
        if (help) {
            return new CommandLine(new Command.Help(name), dbUrl, dbPasswordFile, output);
        }
        Command command = switch (name) {
            case "import-accounts" -> new Command.ImportAccounts(new AccountImportRequest(
                    single(name, operands, "FILE"), outDir(options)));
            case "import-equipment" -> new Command.ImportEquipment(new EquipmentImportRequest(
                    files(name, operands), directory(options.get("--cod-dir"), "--cod-dir"),
                    directory(options.get("--trust-dir"), "--trust-dir"), outDir(options),
                    options.containsKey("--dry-run"), partitions(options), options.containsKey("--remote")));
            case "import-users" -> new Command.ImportUsers(new UserImportRequest(files(name, operands),
                    outDir(options), options.containsKey("--dry-run")));
            case "run-inbox" -> runInbox(operands, options);
            case "reconcile-credits" -> new Command.ReconcileCredits(new CreditReconciliationRequest(
                    single(name, operands, "LEDGER"), outDir(options)));
            case "cases" -> listCases(operands, options);
            case "worker" -> worker(operands);
            case "runs" -> runs(operands, options);
            case "template" -> template(operands, options);
            case "serve" -> serve(operands, options);
            default -> throw new IllegalStateException(name);
        };
        return new CommandLine(command, dbUrl, dbPasswordFile, output);
    }

    private static Set<String> knownOptions() {
        Set<String> all = new LinkedHashSet<>(GLOBAL_OPTIONS);
        Commands.ALL.values().forEach(spec -> all.addAll(Commands.optionNames(spec.options())));
        return all;
    }

    private static UsageException unknownCommand(String name) {
        return new UsageException("unknown command '" + name + "'" + Suggest.nearest(name, Commands.ALL.keySet()));
    }

    private static Command runs(List<String> operands, Map<String, String> options) {
        if (operands.isEmpty()) {
            String limit = options.getOrDefault("--limit", "20");
            try {
                int n = Integer.parseInt(limit);
                if (n > 0) {
                    return new Command.ListRuns(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--limit must be a positive number, not '" + limit + "'");
        }
        if (!operands.get(0).equals("show")) {
            throw new UsageException("'runs' takes no argument but 'show RUN_ID', got '" + operands.get(0) + "'"
                    + Suggest.nearest(operands.get(0), List.of("show")));
        }
        if (operands.size() != 2) {
            throw new UsageException("'runs show' takes exactly one RUN_ID");
        }
        if (options.containsKey("--limit")) {
            throw new UsageException("'runs show' has no option --limit");
        }
        return new Command.ShowRun(operands.get(1));
    }

    private static Command serve(List<String> operands, Map<String, String> options) {
        if (!operands.isEmpty()) {
            throw new UsageException("'serve' takes no argument, got '" + operands.get(0) + "'");
        }
        String port = options.getOrDefault("--port", "8080");
        int n;
        try {
            n = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 65535) {
            throw new UsageException("--port must be a number from 1 to 65535, not '" + port + "'");
        }
        String bind = options.getOrDefault("--bind", "127.0.0.1");
        if (bind.isBlank() || !bind.matches("[0-9A-Za-z.:\\-\\[\\]]+")) {
            throw new UsageException("--bind must be an address or host name, not '" + bind + "'");
        }
        return new Command.Serve(n, bind, directory(options.get("--trust-dir"), "--trust-dir"));
    }

    private static Command template(List<String> operands, Map<String, String> options) {
        if (operands.size() != 1) {
            throw new UsageException("'template' takes one of " + String.join(", ", TEMPLATES));
        }
        String kind = operands.get(0);
        if (!TEMPLATES.contains(kind)) {
            throw new UsageException("no template '" + kind + "': choose " + String.join(", ", TEMPLATES)
                    + Suggest.nearest(kind, TEMPLATES));
        }
        String out = options.get("--out");
        if (out == null) {
            throw new UsageException("'template' needs --out FILE.xlsx");
        }
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
        return new Command.Template(kind, file);
    }

    /** Whether {@code arg} sets a Spring Boot or tmip property ({@code --spring.x=...}, {@code --tmip.x=...}). */
    public static boolean isProperty(String arg) {
        return (arg.startsWith("--spring.") || arg.startsWith("--tmip.")) && arg.contains("=");
    }

    private static Command runInbox(List<String> operands, Map<String, String> options) {
        if (operands.size() != 1) {
            throw new UsageException("'run-inbox' takes exactly one inbox folder");
        }
        Path inbox = directory(operands.get(0), "inbox");
        String every = options.get("--every");
        if (every != null && !org.springframework.scheduling.support.CronExpression.isValidExpression(every)) {
            throw new UsageException("--every needs a cron expression of six fields (second minute hour day month"
                    + " weekday), e.g. \"0 0 2 * * *\" for 02:00 every night; got '" + every + "'");
        }
        String out = options.get("--out");
        return new Command.RunInbox(new InboxRequest(inbox, directory(options.get("--cod-dir"), "--cod-dir"),
                directory(options.get("--trust-dir"), "--trust-dir"),
                out == null ? null : Path.of(out).toAbsolutePath().normalize(), every));
    }

    private static int partitions(Map<String, String> options) {
        String value = options.get("--partitions");
        if (value == null) {
            if (options.containsKey("--remote")) {
                throw new UsageException("--remote needs --partitions N");
            }
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--partitions must be a whole number from 1 to 1024, not '" + value + "'");
    }

    private static Command worker(List<String> operands) {
        if (!operands.isEmpty()) {
            throw new UsageException("'worker' takes no operands: " + operands.get(0));
        }
        return new Command.Worker();
    }

    private static Command listCases(List<String> operands, Map<String, String> options) {
        if (!operands.isEmpty()) {
            throw new UsageException("'cases' takes no file: " + operands.get(0));
        }
        String format = options.getOrDefault("--format", "table");
        if (!format.equals("table") && !format.equals("csv")) {
            throw new UsageException("--format must be table or csv, not '" + format + "'");
        }
        return new Command.ListCases(options.get("--account"), format);
    }

    private static Path single(String command, List<String> operands, String what) {
        if (operands.size() != 1) {
            throw new UsageException("'" + command + "' takes exactly one " + what
                    + (operands.isEmpty() ? "" : ", got " + operands.size()));
        }
        return readableFile(operands.get(0));
    }

    private static List<Path> files(String command, List<String> operands) {
        if (operands.isEmpty()) {
            throw new UsageException("'" + command + "' needs at least one FILE");
        }
        List<Path> files = new ArrayList<>();
        for (String operand : operands) {
            Path file = readableFile(operand);
            if (files.contains(file)) {
                throw new UsageException("file given twice: " + operand);
            }
            files.add(file);
        }
        return files;
    }

    private static Path readableFile(String name) {
        Path file = Path.of(name).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + name);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("not a readable file: " + name);
        }
        return file;
    }

    private static Path directory(String name, String option) {
        if (name == null) {
            return null;
        }
        Path dir = Path.of(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + ": no such folder: " + name);
        }
        return dir;
    }

    private static Path outDir(Map<String, String> options) {
        String out = options.get("--out");
        Path dir = (out == null ? DEFAULT_OUT : Path.of(out)).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out is not a folder: " + out);
        }
        return dir;
    }
}
