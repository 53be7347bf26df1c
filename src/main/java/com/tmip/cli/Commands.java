package com.tmip.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands of the command line and their help, one entry each: a new command adds its {@link CommandSpec}
 * here, a record in {@link Command} and a case in {@link CommandLine#parse}.
 */
final class Commands {

    /** Options every command accepts. */
    static final Map<String, String> GLOBAL = ordered(
            "--db-url URL", "JDBC URL of the database (default: embedded HSQLDB under ./data); no password in it,"
                    + " ps shows it",
            "--db-password-file FILE", "read the database password from FILE (or from the file named by"
                    + " TMIP_DB_PASSWORD_FILE; or set TMIP_DB_PASSWORD)",
            "--json", "print summary.json (or the listing as JSON) on standard output instead of the table",
            "--quiet", "print only errors",
            "--help", "show help (also: COMMAND --help)");

    static final Map<String, CommandSpec> ALL = specs(
            new CommandSpec("import-accounts", "import-accounts FILE [--out DIR]",
                    "Loads the known accounts (account_id, account_name) that equipment rows must match. An account"
                            + "\nalready known is updated by its id.",
                    ordered("--out DIR", "reports folder (default: ./reports)"),
                    List.of("import-accounts samples/accounts.csv")),
            new CommandSpec("import-users", "import-users FILE... [--out DIR] [--dry-run]",
                    "Creates Case Manager user accounts from CSV or Excel lists (the New User form's columns). Passwords"
                            + "\nare hashed and never written to a report.",
                    ordered("--out DIR", "reports folder (default: ./reports)",
                            "--dry-run", "check every row and report, create nothing"),
                    List.of("import-users samples/users.csv --out reports")),
            new CommandSpec("import-equipment",
                    "import-equipment FILE... [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--dry-run]",
                    "Registers trade-in and destroyed (CoD) equipment from CSV or Excel lists: opens one TMIP case per"
                            + "\naccount, disposition and reference, and reports every row that is not registered.",
                    ordered("--cod-dir DIR", "the folder of the signed Certificates of Destruction named in cod_file",
                            "--trust-dir DIR", "the CA certificates (PEM or DER) CoD signers must chain to"
                                    + " (default: tmip.cod.trust-dir, ./trust)",
                            "--out DIR", "reports folder (default: ./reports)",
                            "--dry-run", "check every row and report, register nothing",
                            "--partitions N", "split each file into N row ranges registered in parallel (threads)",
                            "--remote", "with --partitions: send the ranges to `worker` processes over RabbitMQ"
                                    + " (needs PostgreSQL)"),
                    List.of("import-equipment samples/equipment.csv --cod-dir samples/cod --trust-dir samples/trust")),
            new CommandSpec("reconcile-credits", "reconcile-credits LEDGER [--out DIR]",
                    "Loads a finance credits ledger and gives every ledger line and every uncredited registered item"
                            + "\none outcome (MATCHED, CREDIT_WITHOUT_CASE, NOT_CREDITED, ...): reconciliation.csv and"
                            + " .xlsx.",
                    ordered("--out DIR", "reports folder (default: ./reports)"),
                    List.of("reconcile-credits samples/credits.csv")),
            new CommandSpec("run-inbox", "run-inbox DIR [--cod-dir DIR] [--trust-dir DIR] [--out DIR] [--every CRON]",
                    "One unattended pass over an inbox: files in accounts/, users/, equipment/ and credits/ go to"
                            + "\ntheir job; each is archived beside its reports, a file rejected as a whole goes to"
                            + " failed/.",
                    ordered("--cod-dir DIR", "the folder of the signed Certificates of Destruction",
                            "--trust-dir DIR", "the CA certificates CoD signers must chain to",
                            "--out DIR", "reports folder (default: beside each archived file)",
                            "--every CRON", "stay up and run a pass on this Spring cron schedule (six fields)"),
                    List.of("run-inbox /srv/tmip/inbox --cod-dir /srv/tmip/inbox/cod --every \"0 0 2 * * *\"")),
            new CommandSpec("worker", "worker",
                    "Runs partitions of remote equipment imports (--partitions N --remote) from RabbitMQ until"
                            + "\nstopped. Needs PostgreSQL and the broker (spring.rabbitmq.*).",
                    ordered(),
                    List.of("worker --db-url jdbc:postgresql://db:5432/tmip")),
            new CommandSpec("cases", "cases [--account NAME] [--format table|csv]",
                    "Lists the registered cases with their item counts.",
                    ordered("--account NAME", "only the cases of this account (name or id)",
                            "--format FORMAT", "table (default) or csv"),
                    List.of("cases --account \"Northwind Traders\" --format csv")),
            new CommandSpec("runs", "runs [show RUN_ID]",
                    "Lists past import runs, newest first: run id, job, input files, start time, duration, status"
                            + "\n(completed, completed with rejections, failed, running) and row counts. 'runs show"
                            + " RUN_ID'\nprints one run's summary and the paths of its reports.",
                    ordered("--limit N", "list at most N runs (default: 20)"),
                    List.of("runs", "runs show 20260412-221503-3f2a")),
            new CommandSpec("serve", "serve [--port N] [--bind ADDRESS] [--trust-dir DIR]",
                    "Runs the partner portal: partners sign in with their Case Manager user, upload equipment lists"
                            + "\nand certificates, watch the run and download its reports; finance staff reconcile"
                            + " credits.\nStops with Ctrl-C. See docs/portal.md.",
                    ordered("--port N", "the HTTP port (default: 8080)",
                            "--bind ADDRESS", "the address to listen on (default: 127.0.0.1, this machine only)",
                            "--trust-dir DIR", "the CA certificates uploaded CoDs' signers must chain to"
                                    + " (default: tmip.cod.trust-dir, ./trust)"),
                    List.of("serve --port 8080 --trust-dir samples/trust")),
            new CommandSpec("template", "template equipment|users|credits --out FILE.xlsx",
                    "Writes an Excel workbook a partner fills in and uploads as is: our column names, drop-down lists"
                            + "\nfor the values we know, date and text formats, and an Instructions sheet.",
                    ordered("--out FILE.xlsx", "the workbook to write (required)"),
                    List.of("template equipment --out equipment-template.xlsx")));

    private Commands() {
    }

    /** Option names (the first word of each help key). */
    static List<String> optionNames(Map<String, String> options) {
        return options.keySet().stream().map(key -> key.split(" ")[0]).toList();
    }

    private static Map<String, CommandSpec> specs(CommandSpec... specs) {
        Map<String, CommandSpec> map = new LinkedHashMap<>();
        for (CommandSpec spec : specs) {
            map.put(spec.name(), spec);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The text of {@code tmip --help}. */
    static String usage() {
        StringBuilder sb = new StringBuilder("usage: java -jar target/tmip.jar COMMAND [OPTIONS]\n\n");
        ALL.values().forEach(spec -> sb.append("  ").append(spec.synopsis()).append("\n"));
        sb.append("\nglobal options:\n");
        int width = GLOBAL.keySet().stream().mapToInt(String::length).max().orElse(0);
        GLOBAL.forEach((option, text) -> sb.append(String.format("  %-" + width + "s  %s%n", option, text)));
        sb.append("\nrun 'java -jar target/tmip.jar COMMAND --help' for a command's options and an example.\n");
        sb.append("\nexample:\n  java -jar target/tmip.jar import-equipment samples/equipment.csv --cod-dir samples/cod \\\n"
                + "      --trust-dir samples/trust\n");
        return sb.toString();
    }
}
