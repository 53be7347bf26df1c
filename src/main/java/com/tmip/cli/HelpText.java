package com.tmip.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The help, generated from the commands' annotations ({@link Commands}): {@code tmip --help} lists every command's
 * synopsis and the global options; {@code tmip COMMAND --help} gives the command's synopsis, what it does, its
 * options and an example. A synopsis writes the operands first, then the options, as the documentation does:
 * {@code import-equipment FILE... [--cod-dir DIR] [--dry-run]}.
 */
final class HelpText {

    private static final String TMIP = Commands.TMIP;

    private HelpText() {
    }

    /** The command's name as typed after {@code tmip}: {@code import-equipment}, {@code runs show}; "" for tmip. */
    static String name(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (CommandSpec s = spec; s.parent() != null; s = s.parent()) {
            names.add(0, s.name());
        }
        return String.join(" ", names);
    }

    /** The names of the commands {@code spec} has, but the hidden ones ({@code help}). */
    static List<String> visible(CommandSpec spec) {
        return commands(spec).stream().map(CommandSpec::name).toList();
    }

    /** The commands {@code spec} has, but the hidden ones, by name. */
    private static List<CommandSpec> commands(CommandSpec spec) {
        return spec.subcommands().values().stream().map(c -> c.getCommandSpec())
                .filter(c -> !c.usageMessage().hidden()).sorted(Comparator.comparing(CommandSpec::name)).toList();
    }

    /** {@code NAME OPERANDS [OPTIONS]}, without the {@code java -jar} in front. */
    static String synopsis(CommandSpec spec) {
        StringBuilder sb = new StringBuilder(name(spec));
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            sb.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        for (OptionSpec o : own(spec)) {
            sb.append(' ').append(o.required() ? label(o) : "[" + label(o) + "]");
        }
        return sb.toString();
    }

    /** The command's synopsis and those of its own commands ({@code runs}, {@code runs show RUN_ID}). */
    static List<String> synopses(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(synopsis(spec));
        commands(spec).forEach(c -> lines.addAll(synopses(c)));
        return lines;
    }

    /** The text of {@code tmip COMMAND --help}. */
    static String of(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        String usage = "usage: ";
        for (String synopsis : synopses(spec)) {
            sb.append(usage).append(TMIP).append(' ').append(synopsis).append('\n');
            usage = "       ";
        }
        sb.append('\n');
        for (String line : spec.usageMessage().description()) {
            sb.append(line).append('\n');
        }
        List<OptionSpec> options = own(spec);
        if (!options.isEmpty()) {
            sb.append("\noptions:\n");
            options.forEach(o -> sb.append(String.format("  %-18s %s%n", label(o), String.join(" ", o.description()))));
        }
        sb.append("\nglobal options: ").append(root(spec).options().stream().map(HelpText::label)
                .collect(Collectors.joining(", "))).append(" (see ").append(TMIP).append(" --help)\n");
        examples(spec, sb);
        return sb.toString();
    }

    /** The text of {@code tmip --help}. */
    static String general(CommandSpec root) {
        StringBuilder sb = new StringBuilder("usage: " + TMIP + " COMMAND [OPTIONS]\n\n");
        commands(root).stream().flatMap(c -> synopses(c).stream()).forEach(line -> sb.append("  ").append(line).append('\n'));
        sb.append("\nglobal options:\n");
        int width = root.options().stream().mapToInt(o -> label(o).length()).max().orElse(0);
        root.options().forEach(o -> sb.append(String.format("  %-" + width + "s  %s%n", label(o),
                String.join(" ", o.description()))));
        sb.append("\nrun '").append(TMIP).append(" COMMAND --help' for a command's options and an example.\n");
        sb.append("\nexample:\n  ").append(TMIP).append(" import-equipment samples/equipment.csv --cod-dir samples/cod")
                .append(" \\\n      --trust-dir samples/trust\n");
        return sb.toString();
    }

    /** What a usage error of {@code spec} prints after its one line: the synopsis and where the help is. */
    static String hint(CommandSpec spec) {
        if (spec.parent() == null || spec.usageMessage().hidden()) {
            return "see '" + TMIP + " --help'";
        }
        return "usage: " + TMIP + " " + synopsis(spec) + "\nsee '" + TMIP + " " + name(spec) + " --help'";
    }

    /** Every help text: the general one and each command's, at every level. */
    static List<String> all(CommandSpec root) {
        List<String> texts = new ArrayList<>(List.of(general(root)));
        collect(root, texts);
        return texts;
    }

    private static void collect(CommandSpec spec, List<String> texts) {
        for (var sub : spec.subcommands().values()) {
            texts.add(of(sub.getCommandSpec()));
            collect(sub.getCommandSpec(), texts);
        }
    }

    private static void examples(CommandSpec spec, StringBuilder sb) {
        String[] examples = spec.usageMessage().footer();
        if (examples.length > 0) {
            sb.append("\nexample:\n");
            for (String example : examples) {
                sb.append("  ").append(TMIP).append(' ').append(example).append('\n');
            }
        }
    }

    /** The command's own options, without the global ones it inherits. */
    private static List<OptionSpec> own(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.inherited() && !o.usageHelp() && !o.hidden()).toList();
    }

    private static CommandSpec root(CommandSpec spec) {
        CommandSpec s = spec;
        while (s.parent() != null) {
            s = s.parent();
        }
        return s;
    }

    private static String label(OptionSpec o) {
        return o.longestName() + (o.arity().max() == 0 ? "" : " " + o.paramLabel());
    }
}
