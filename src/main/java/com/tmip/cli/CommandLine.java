package com.tmip.cli;

import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Parses the command line of the contract (README.md, {@code --help}) with picocli over the commands of
 * {@link Commands}. Options may stand anywhere after the command and take their value as the next word or after
 * {@code =}; {@code --spring.*=…} and {@code --tmip.*=…} properties pass through to the application. Everything
 * that is wrong becomes one {@link UsageException}: one line that says what (with "did you mean" where a name
 * was mistyped), and as its hint the command's synopsis and where its help is.
 */
public final class CommandLine {

    private static final String PASSWORD_FILE_VARIABLE = "TMIP_DB_PASSWORD_FILE";
    private static final String HOME_VARIABLE = "TMIP_HOME";

    private final Command command;
    private final Commands globals;
    private final OutputMode output;

    private CommandLine(Command command, Commands globals, OutputMode output) {
        this.command = command;
        this.globals = globals;
        this.output = output;
    }

    /** {@link OutputMode#JSON} with {@code --json}, {@link OutputMode#QUIET} with {@code --quiet}. */
    public OutputMode output() {
        return output;
    }

    public Command command() {
        return command;
    }

    /** The command's request, as the type the caller expects (a feature's request record, or a listing's). */
    public <T> T request(Class<T> type) {
        return type.cast(command.request());
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
        String file = globals.dbPasswordFile;
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
        return globals.dbUrl != null && globals.dbUrl.toLowerCase(Locale.ROOT).contains("password=");
    }

    /** The JDBC URL given with {@code --db-url}, or null. */
    public String dbUrl() {
        return globals.dbUrl;
    }

    /** The database user given with {@code --db-user}, or null. */
    public String dbUser() {
        return globals.dbUser;
    }

    /**
     * The home of the embedded database ({@code HOME/data}): {@code --home DIR}, else {@code TMIP_HOME}, else
     * {@code ~/.tmip}; absolute, whatever the working folder.
     *
     * @param environment the process environment, by name
     */
    public Path home(Function<String, String> environment) {
        String home = globals.home;
        if (home == null || home.isBlank()) {
            home = environment.apply(HOME_VARIABLE);
        }
        if (home == null || home.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".tmip").toAbsolutePath().normalize();
        }
        if (home.startsWith("~/")) {
            home = System.getProperty("user.home") + home.substring(1);
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** The text of {@code tmip --help} ({@code command} null) or of {@code tmip COMMAND --help}. */
    public static String help(String command) {
        return parse(command == null ? new String[]{"--help"} : (command + " --help").split(" ")).command().helpText();
    }

    /** Every help text: {@code tmip --help} and each command's. */
    public static List<String> helpTexts() {
        return HelpText.all(picocli().getCommandSpec());
    }

    /**
     * The listeners that stop a {@link Command#readOnly()} command before the application creates an embedded
     * database, or its folder, that does not exist yet (see {@link #isMissingDatabase}).
     */
    public static org.springframework.context.ApplicationListener<?>[] existingDatabaseCheck() {
        return new Databases.ExistingDatabaseCheck().listeners().toArray(org.springframework.context.ApplicationListener<?>[]::new);
    }

    /** True when the application did not start because a read-only command found no embedded database. */
    public static boolean isMissingDatabase(Throwable e) {
        return e instanceof Databases.MissingDatabaseException;
    }

    /** Whether {@code arg} sets a Spring Boot or tmip property ({@code --spring.x=...}, {@code --tmip.x=...}). */
    public static boolean isProperty(String arg) {
        return (arg.startsWith("--spring.") || arg.startsWith("--tmip.")) && arg.contains("=");
    }

    public static CommandLine parse(String... args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (!isProperty(arg)) {
                words.add(arg);
            }
        }
        picocli.CommandLine root = picocli();
        Commands globals = root.getCommand();
        ParseResult parsed;
        try {
            parsed = root.parseArgs(words.toArray(String[]::new));
        } catch (ParameterException e) {
            throw usageError(e);
        }
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandSpec spec = last.commandSpec();
        if (globals.json && globals.quiet) {
            throw new UsageException("--json and --quiet cannot be used together", HelpText.hint(spec));
        }
        OutputMode output = globals.json ? OutputMode.JSON : globals.quiet ? OutputMode.QUIET : OutputMode.TABLE;
        if (globals.help) {
            boolean general = spec.parent() == null || spec.name().equals("help");
            return new CommandLine(Command.help(general ? HelpText.general(root.getCommandSpec()) : HelpText.of(spec)),
                    globals, output);
        }
        if (spec.parent() == null) {
            throw new UsageException("no command given", HelpText.hint(spec));
        }
        try {
            new RunLast().execute(parsed);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UsageException usage) {
                throw usage.withHint(HelpText.hint(spec));
            }
            throw e;
        } catch (ParameterException e) {
            throw usageError(e);
        }
        return new CommandLine(spec.commandLine().getExecutionResult(), globals, output);
    }

    private static picocli.CommandLine picocli() {
        picocli.CommandLine root = new picocli.CommandLine(new Commands());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        return root;
    }

    /** The one line of a picocli error, said as the contract says it. */
    private static UsageException usageError(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String name = HelpText.name(spec);
        String line = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-") && word.length() > 1) {
                line = unknownOption(spec, word.split("=", 2)[0]);
            } else if (spec.parent() == null) {
                line = "unknown command '" + word + "'" + Suggest.nearest(word, HelpText.visible(spec));
            } else if (!spec.subcommands().isEmpty()) {
                line = "'" + name + "' takes no argument but " + String.join(", ", HelpText.visible(spec)
                        .stream().map(sub -> HelpText.synopsis(spec.subcommands().get(sub).getCommandSpec())
                                .substring(name.length() + 1)).toList()) + ", got '" + word + "'"
                        + Suggest.nearest(word, HelpText.visible(spec));
            } else {
                line = "'" + name + "' " + operands(spec) + (spec.positionalParameters().isEmpty() ? ", got '"
                        : ", got one more: '") + word + "'";
            }
        } else if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                line = e.getMessage().startsWith("Missing required option")
                        ? "'" + name + "' needs " + option.longestName() + " " + option.paramLabel()
                        : option.longestName() + " needs a value";
            } else {
                line = "'" + name + "' " + operands(spec);
            }
        } else if (e instanceof OverwrittenOptionException overwritten) {
            ArgSpec arg = overwritten.getOverwritten();
            line = (arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()) + " is given twice";
        }
        return new UsageException(line, HelpText.hint(spec));
    }

    /** "takes exactly one LEDGER", "needs at least one FILE", "takes no operand". */
    private static String operands(CommandSpec spec) {
        List<PositionalParamSpec> params = spec.positionalParameters();
        if (params.isEmpty()) {
            return "takes no operand";
        }
        PositionalParamSpec p = params.get(0);
        if (p.arity().max() > 1) {
            return "needs at least one " + p.paramLabel();
        }
        return (p.arity().min() == 0 ? "takes at most one " : "takes exactly one ") + p.paramLabel();
    }

    private static String unknownOption(CommandSpec spec, String option) {
        Set<String> allowed = new TreeSet<>();
        spec.options().forEach(o -> allowed.add(o.longestName()));
        Set<String> known = new TreeSet<>();
        collectOptions(root(spec), known);
        if (!known.contains(option)) {
            return "unknown option " + option + Suggest.nearest(option, known);
        }
        return "'" + HelpText.name(spec) + "' has no option " + option + Suggest.nearest(option, allowed);
    }

    private static void collectOptions(CommandSpec spec, Set<String> names) {
        spec.options().forEach(o -> names.add(o.longestName()));
        spec.subcommands().values().forEach(sub -> collectOptions(sub.getCommandSpec(), names));
    }

    private static CommandSpec root(CommandSpec spec) {
        CommandSpec s = spec;
        while (s.parent() != null) {
            s = s.parent();
        }
        return s;
    }
}
