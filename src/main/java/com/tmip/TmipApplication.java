package com.tmip;

import com.tmip.cli.Command;
import com.tmip.cli.CommandLine;
import com.tmip.cli.CommandRunner;
import com.tmip.cli.OutputMode;
import com.tmip.cli.UsageException;
import com.tmip.files.PrivateFolders;
import com.tmip.terminal.TerminalText;

import com.tmip.portal.EmbeddedDatabaseGuard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tmip} command. Arguments are checked before anything starts, so a usage error is quick and never a
 * stack trace; then the application context is started and the command run. Its result is the exit code.
 */
@SpringBootApplication
public class TmipApplication {

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine;
        Optional<String> dbPassword;
        try {
            commandLine = CommandLine.parse(args);
            dbPassword = commandLine.command().isHelp() ? Optional.empty() : commandLine.dbPassword(System::getenv);
        } catch (UsageException e) {
            err.println("tmip: " + TerminalText.escape(e.getMessage()));
            if (!e.hint().isEmpty()) {
                err.println(TerminalText.escapeKeepingLines(e.hint()));
            }
            return CommandRunner.USAGE_ERROR;
        }
        Command command = commandLine.command();
        if (command.isHelp()) {
            out.print(command.helpText());
            return 0;
        }
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (CommandLine.isProperty(arg)) {
                springArgs.add(arg);
            }
        }
        command.properties().forEach((name, value) -> {
            if (springArgs.stream().noneMatch(a -> a.startsWith("--" + name + "="))) {
                springArgs.add("--" + name + "=" + value);
            }
        });
        Path home = commandLine.home(System::getenv);
        springArgs.add("--tmip.home=" + home);
        boolean serve = command.startsWebServer();
        if (commandLine.dbUrl() != null) {
            springArgs.add("--spring.datasource.url=" + commandLine.dbUrl());
        }
        if (commandLine.dbUser() != null) {
            springArgs.add("--spring.datasource.username=" + commandLine.dbUser());
        }
        if (commandLine.dbUrlHasPassword()) {
            err.println("tmip: warning: the password in --db-url is visible to every user of this machine in the"
                    + " process list; set TMIP_DB_PASSWORD or use --db-password-file FILE (or TMIP_DB_PASSWORD_FILE)");
        }
        // in this process's memory only: unlike the command line, nothing outside it can read this list
        dbPassword.ifPresent(password -> springArgs.add("--spring.datasource.password=" + password));
        if (commandLine.output() != OutputMode.TABLE) {
            // standard output carries only the JSON, or nothing; the log file keeps everything
            springArgs.add("--logging.threshold.console=" + (commandLine.output() == OutputMode.JSON ? "OFF" : "ERROR"));
        }
        // Spring Boot copies the console threshold into a system property only where none is set yet: drop the one
        // an earlier command of this process left (the portal's runs, tests), so each command logs in its own mode
        System.clearProperty("CONSOLE_LOG_THRESHOLD");
        SpringApplication application = new SpringApplication(TmipApplication.class);
        application.setLogStartupInfo(false);
        if (command.readOnly()) {
            application.addListeners(CommandLine.existingDatabaseCheck());
        }
        application.addListeners(new PrivateFolders());
        // only `serve` starts a web server; every other command stays a command-line application
        application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (!serve) {
            application.addListeners(new EmbeddedDatabaseGuard());
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (CommandLine.isMissingDatabase(e)) {
                err.println("tmip: " + TerminalText.escape(e.getMessage()));
                return CommandRunner.USAGE_ERROR;
            }
            String database = commandLine.dbUrl() == null ? "" : " (database " + commandLine.dbUrl().split("[?;]")[0] + ")";
            err.println("tmip: cannot start" + TerminalText.escape(database + ": " + CommandRunner.describe(e)));
            return CommandRunner.RUN_FAILED;
        }
        try (context) {
            return context.getBean(CommandRunner.class).run(command, commandLine.output(), out, err);
        }
    }
}
