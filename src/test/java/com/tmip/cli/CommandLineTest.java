package com.tmip.cli;

import com.tmip.account.AccountImportRequest;
import com.tmip.cases.ItemFilter;
import com.tmip.cases.ItemState;
import com.tmip.credits.CreditReconciliationRequest;
import com.tmip.equipment.EquipmentImportRequest;
import com.tmip.returns.RecordReturnsRequest;

import com.tmip.TmipApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void parsesImportEquipmentWithOptionsAnywhere() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "x");
        Path cod = Files.createDirectory(dir.resolve("cod"));

        CommandLine line = CommandLine.parse("import-equipment", "--dry-run", a.toString(), "--cod-dir=" + cod,
                b.toString(), "--out", dir.resolve("out").toString(), "--db-url", "jdbc:hsqldb:mem:x");

        EquipmentImportRequest request = line.request(EquipmentImportRequest.class);
        assertThat(request.files()).containsExactly(a, b);
        assertThat(request.codDir()).isEqualTo(cod);
        assertThat(request.outDir()).isEqualTo(dir.resolve("out"));
        assertThat(request.dryRun()).isTrue();
        assertThat(line.dbUrl()).isEqualTo("jdbc:hsqldb:mem:x");
    }

    @Test
    void defaultsReportsToTheReportsFolder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        AccountImportRequest request = CommandLine.parse("import-accounts", a.toString()).request(AccountImportRequest.class);
        assertThat(request.outDir()).isEqualTo(Path.of("reports").toAbsolutePath());
    }

    @Test
    void parsesReconcileCredits() throws IOException {
        Path ledger = Files.writeString(dir.resolve("ledger.csv"), "x");
        CreditReconciliationRequest request = CommandLine.parse("reconcile-credits",
                ledger.toString(), "--out", dir.resolve("out").toString()).request(CreditReconciliationRequest.class);
        assertThat(request.ledger()).isEqualTo(ledger);
        assertThat(request.outDir()).isEqualTo(dir.resolve("out"));
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), ledger.toString()))
                .hasMessageContaining("exactly one LEDGER");
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), "--dry-run"))
                .hasMessageContaining("has no option --dry-run");
    }

    @Test
    void parsesRecordReturnsCasesShowAndItems() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "x");
        RecordReturnsRequest returns = CommandLine.parse("record-returns", a.toString(), "--dry-run", b.toString(),
                "--out", dir.resolve("out").toString()).request(RecordReturnsRequest.class);
        assertThat(returns.files()).containsExactly(a, b);
        assertThat(returns.dryRun()).isTrue();
        assertThat(returns.outDir()).isEqualTo(dir.resolve("out"));

        CommandLine show = CommandLine.parse("cases", "show", " 2026-1125-0001");
        assertThat(show.command().name()).isEqualTo("cases show");
        assertThat(show.request(String.class)).isEqualTo("2026-1125-0001");
        assertThatThrownBy(() -> CommandLine.parse("cases", "show")).hasMessageContaining("CASE_ID");
        assertThatThrownBy(() -> CommandLine.parse("cases", "shwo", "x")).hasMessageContaining("did you mean show?");
        assertThatThrownBy(() -> CommandLine.parse("cases", "--format", "csv", "show", "x"))
                .hasMessageContaining("'cases show' has no option --format");

        ItemFilter items = CommandLine.parse("items", "--state", "awaiting-return", "--overdue", "--account",
                "ACC-1001", "--case", "2026-1125-0001", "--limit", "5", "--format", "csv").request(ItemFilter.class);
        assertThat(items).isEqualTo(new ItemFilter(ItemState.AWAITING_RETURN, true, "ACC-1001", "2026-1125-0001", 5));
        assertThat(CommandLine.parse("items").request(ItemFilter.class))
                .isEqualTo(new ItemFilter(null, false, null, null, 0));
        assertThatThrownBy(() -> CommandLine.parse("items", "--state", "RECIEVED"))
                .hasMessageContaining("--state must be one of").hasMessageContaining("did you mean RECEIVED?");
        assertThatThrownBy(() -> CommandLine.parse("items", "--limit", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> CommandLine.parse("items", "x.csv")).hasMessageContaining("x.csv");
        assertThatThrownBy(() -> CommandLine.parse("record-returns")).hasMessageContaining("FILE");
    }

    @Test
    void refusesWhatIsWrongWithAMessageThatSaysWhat() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        assertThatThrownBy(() -> CommandLine.parse()).hasMessage("no command given");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment")).hasMessageContaining("at least one FILE");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), a.toString()))
                .hasMessageContaining("file given twice");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), "--cod-dir", dir.resolve("none").toString()))
                .hasMessageContaining("--cod-dir: no such folder");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), "--out"))
                .hasMessage("--out needs a value");
        assertThatThrownBy(() -> CommandLine.parse("import-accounts", a.toString(), "--dry-run"))
                .hasMessageContaining("'import-accounts' has no option --dry-run");
        assertThatThrownBy(() -> CommandLine.parse("cases", "--format", "xml")).hasMessageContaining("table or csv");
        assertThatThrownBy(() -> CommandLine.parse("import-acounts", a.toString()))
                .hasMessageContaining("did you mean import-accounts?");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", dir.toString()))
                .hasMessageContaining("not a readable file");
    }

    @Test
    void helpNeedsNoCommand() {
        assertThat(CommandLine.parse("--help").command().isHelp()).isTrue();
        assertThat(CommandLine.parse("help").command().isHelp()).isTrue();
    }

    @Test
    void globalOutputOptionsAndTheNewCommands() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        assertThat(CommandLine.parse("import-users", a.toString(), "--json").output()).isEqualTo(OutputMode.JSON);
        assertThat(CommandLine.parse("--quiet", "cases").output()).isEqualTo(OutputMode.QUIET);
        assertThat(CommandLine.parse("cases").output()).isEqualTo(OutputMode.TABLE);
        assertThatThrownBy(() -> CommandLine.parse("cases", "--json", "--quiet")).hasMessageContaining("together");

        assertThat(CommandLine.parse("runs").command().request()).isEqualTo(new Commands.ListRuns(20));
        assertThat(CommandLine.parse("runs", "--limit", "5").command().request()).isEqualTo(new Commands.ListRuns(5));
        assertThat(CommandLine.parse("runs", "show", "R1").command().request()).isEqualTo(new Commands.ShowRun("R1"));
        assertThatThrownBy(() -> CommandLine.parse("runs", "shwo", "R1")).hasMessageContaining("did you mean show?");
        assertThatThrownBy(() -> CommandLine.parse("runs", "--limit", "0")).hasMessageContaining("positive");

        Path out = dir.resolve("t.xlsx");
        assertThat(CommandLine.parse("template", "users", "--out", out.toString()).command().request())
                .isEqualTo(new Commands.Template("users", out));
        assertThatThrownBy(() -> CommandLine.parse("template", "users")).hasMessageContaining("needs --out");
        assertThatThrownBy(() -> CommandLine.parse("template", "users", "--out", dir.resolve("t.csv").toString()))
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> CommandLine.parse("template", "user", "--out", out.toString()))
                .hasMessageContaining("did you mean users?");
    }

    @Test
    void helpForOneCommandWinsOverMissingOperands() {
        assertThat(CommandLine.parse("import-equipment", "--help").command().helpText())
                .isEqualTo(CommandLine.help("import-equipment"));
        assertThat(CommandLine.parse("help", "template").command().helpText())
                .contains("template equipment|users|credits|returns --out FILE.xlsx").contains("example:");
        assertThat(CommandLine.parse("--help").command().helpText()).contains("runs [--limit N]")
                .contains("runs show RUN_ID");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", "--cod-dri", "x"))
                .hasMessageContaining("did you mean --cod-dir?");
    }

    @Test
    void aUsageErrorIsOneLineWithTheCommandsSynopsisNotTheWholeHelp() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TmipApplication.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "import-equipment", a.toString(), "--cod-dri", "x");
        assertThat(code).isEqualTo(CommandRunner.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "tmip: unknown option --cod-dri, did you mean --cod-dir?",
                "usage: java -jar target/tmip.jar import-equipment FILE... [--cod-dir DIR] [--trust-dir DIR] [--out DIR]"
                        + " [--dry-run] [--partitions N] [--remote]",
                "see 'java -jar target/tmip.jar import-equipment --help'");

        assertThatThrownBy(() -> CommandLine.parse("runz")).isInstanceOfSatisfying(UsageException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("unknown command 'runz', did you mean runs?");
            assertThat(e.hint()).isEqualTo("see 'java -jar target/tmip.jar --help'");
        });
        assertThatThrownBy(() -> CommandLine.parse("template", "users", "--out", dir.resolve("t.csv").toString()))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.hint())
                        .contains("template equipment|users|credits|returns --out FILE.xlsx").doesNotContain("import-users"));
        assertThatThrownBy(() -> CommandLine.parse("runs", "--limit", "5", "--limit", "6"))
                .hasMessage("--limit is given twice");
        assertThatThrownBy(() -> CommandLine.parse("cases", "--format", "csv", "--json"))
                .hasMessageContaining("--format and --json");
    }

    @Test
    void theCasesHelpExampleNamesASampleAccount() throws IOException {
        List<String> accounts = Files.readAllLines(Path.of("samples/accounts.csv"));
        String example = CommandLine.help("cases").lines().filter(l -> l.contains("--account \""))
                .findFirst().orElseThrow();
        String account = example.split("\"")[1];
        assertThat(accounts).anyMatch(line -> line.endsWith("," + account));
    }
}
