package com.tmip.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command of the command line: its name, its synopsis, what it does, its options with a line each and an
 * example. The parser takes the allowed options from here and {@code COMMAND --help} prints it.
 *
 * @param options option name → one line of help, in the order they are listed
 */
public record CommandSpec(String name, String synopsis, String description, Map<String, String> options,
                          List<String> examples) {

    public CommandSpec {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        examples = List.copyOf(examples);
    }

    /** The text of {@code tmip NAME --help}. */
    public String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: java -jar target/tmip.jar ").append(synopsis).append("\n\n");
        sb.append(description.strip()).append("\n");
        if (!options.isEmpty()) {
            sb.append("\noptions:\n");
            options.forEach((option, text) -> sb.append(String.format("  %-18s %s%n", option, text)));
        }
        sb.append("\nglobal options: --db-url URL, --json, --quiet, --help (see java -jar target/tmip.jar --help)\n");
        sb.append("\nexample:\n");
        examples.forEach(example -> sb.append("  java -jar target/tmip.jar ").append(example).append("\n"));
        return sb.toString();
    }
}
