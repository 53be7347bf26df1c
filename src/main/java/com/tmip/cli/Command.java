package com.tmip.cli;

import org.springframework.context.ApplicationContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed, validated command: its name, the request it makes of a feature (for example an
 * {@code EquipmentImportRequest}), how to run it once the application is up, and what it needs of the start: the
 * properties it sets and whether it only reads the database. {@code --help} and {@code help} are commands too: they
 * carry the text to print and start nothing.
 */
public final class Command {

    /** Runs a command against the started application; returns the exit code. */
    @FunctionalInterface
    interface Execution {
        int run(ApplicationContext beans, Output output) throws InterruptedException;
    }

    private final String name;
    private final Object request;
    private final Execution execution;
    private final String help;
    private final boolean readOnly;
    private final Map<String, String> properties;

    private Command(String name, Object request, Execution execution, String help, boolean readOnly,
                    Map<String, String> properties) {
        this.name = name;
        this.request = request;
        this.execution = execution;
        this.help = help;
        this.readOnly = readOnly;
        this.properties = Map.copyOf(properties);
    }

    /** A command that runs {@code execution} with {@code request}. */
    static Command of(String name, Object request, Execution execution) {
        return new Command(name, request, execution, null, false, Map.of());
    }

    /** {@code --help}, {@code help} or {@code COMMAND --help}: prints {@code text}, starts nothing. */
    static Command help(String text) {
        return new Command("help", null, null, text, false, Map.of());
    }

    /** The same command, refusing to run on an embedded database that does not exist yet rather than create it. */
    Command readingOnly() {
        return new Command(name, request, execution, help, true, properties);
    }

    /** The same command, starting the application with {@code name=value} unless the command line sets it. */
    Command withProperty(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, value);
        return new Command(name, request, execution, help, readOnly, more);
    }

    /** The command's name as typed, for example {@code import-equipment} or {@code runs show}. */
    public String name() {
        return name;
    }

    /** What the command asks of its feature: the feature's request record, or the listing's parameters. */
    public Object request() {
        return request;
    }

    public boolean isHelp() {
        return help != null;
    }

    /** The text of the help, for {@link #isHelp()} commands. */
    public String helpText() {
        return Objects.requireNonNull(help, "not a help command");
    }

    /** True for the listings: they never create an embedded database, they say it is missing. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Properties the application starts with for this command, by name, unless the command line sets them. */
    public Map<String, String> properties() {
        return properties;
    }

    /** Whether the command serves the portal: the one command that starts a web server. */
    public boolean startsWebServer() {
        return "servlet".equals(properties.get("spring.main.web-application-type"));
    }

    Execution execution() {
        return execution;
    }

    @Override
    public String toString() {
        return name + (request == null ? "" : " " + request);
    }
}
