package com.tmip.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

        Command.ImportEquipment command = (Command.ImportEquipment) line.command();
        assertThat(command.request().files()).containsExactly(a, b);
        assertThat(command.request().codDir()).isEqualTo(cod);
        assertThat(command.request().outDir()).isEqualTo(dir.resolve("out"));
        assertThat(command.request().dryRun()).isTrue();
        assertThat(line.dbUrl()).isEqualTo("jdbc:hsqldb:mem:x");
    }

    @Test
    void defaultsReportsToTheReportsFolder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Command.ImportAccounts command = (Command.ImportAccounts) CommandLine.parse("import-accounts", a.toString()).command();
        assertThat(command.request().outDir()).isEqualTo(Path.of("reports").toAbsolutePath());
    }

    @Test
    void parsesReconcileCredits() throws IOException {
        Path ledger = Files.writeString(dir.resolve("ledger.csv"), "x");
        Command.ReconcileCredits command = (Command.ReconcileCredits) CommandLine.parse("reconcile-credits",
                ledger.toString(), "--out", dir.resolve("out").toString()).command();
        assertThat(command.request().ledger()).isEqualTo(ledger);
        assertThat(command.request().outDir()).isEqualTo(dir.resolve("out"));
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), ledger.toString()))
                .hasMessageContaining("exactly one LEDGER");
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), "--dry-run"))
                .hasMessageContaining("has no option --dry-run");
    }

    @Test
    void parsesRecordReturnsCasesShowAndItems() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "x");
        Command.RecordReturns returns = (Command.RecordReturns) CommandLine.parse("record-returns", a.toString(),
                "--dry-run", b.toString(), "--out", dir.resolve("out").toString()).command();
        assertThat(returns.request().files()).containsExactly(a, b);
        assertThat(returns.request().dryRun()).isTrue();
        assertThat(returns.request().outDir()).isEqualTo(dir.resolve("out"));

        assertThat(CommandLine.parse("cases", "show", "2026-1125-0001").command())
                .isEqualTo(new Command.ShowCase("2026-1125-0001"));
        assertThatThrownBy(() -> CommandLine.parse("cases", "show")).hasMessageContaining("exactly one CASE_ID");
        assertThatThrownBy(() -> CommandLine.parse("cases", "shwo", "x")).hasMessageContaining("did you mean show?");
        assertThatThrownBy(() -> CommandLine.parse("cases", "show", "x", "--format", "csv"))
                .hasMessageContaining("'cases show' has no option --format");

        Command.ListItems items = (Command.ListItems) CommandLine.parse("items", "--state", "awaiting-return",
                "--overdue", "--account", "ACC-1001", "--case", "2026-1125-0001", "--limit", "5", "--format", "csv")
                .command();
        assertThat(items.filter()).isEqualTo(new com.tmip.cases.ItemFilter(com.tmip.cases.ItemState.AWAITING_RETURN,
                true, "ACC-1001", "2026-1125-0001", 5));
        assertThat(items.format()).isEqualTo("csv");
        assertThat(((Command.ListItems) CommandLine.parse("items").command()).filter())
                .isEqualTo(new com.tmip.cases.ItemFilter(null, false, null, null, 0));
        assertThatThrownBy(() -> CommandLine.parse("items", "--state", "RECIEVED"))
                .hasMessageContaining("--state must be one of").hasMessageContaining("did you mean RECEIVED?");
        assertThatThrownBy(() -> CommandLine.parse("items", "--limit", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> CommandLine.parse("items", "x.csv")).hasMessageContaining("takes no argument");
        assertThatThrownBy(() -> CommandLine.parse("record-returns")).hasMessageContaining("at least one FILE");
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
        assertThat(CommandLine.parse("--help").command()).isInstanceOf(Command.Help.class);
        assertThat(CommandLine.parse("help").command()).isInstanceOf(Command.Help.class);
    }

    @Test
    void globalOutputOptionsAndTheNewCommands() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        assertThat(CommandLine.parse("import-users", a.toString(), "--json").output()).isEqualTo(OutputMode.JSON);
        assertThat(CommandLine.parse("--quiet", "cases").output()).isEqualTo(OutputMode.QUIET);
        assertThat(CommandLine.parse("cases").output()).isEqualTo(OutputMode.TABLE);
        assertThatThrownBy(() -> CommandLine.parse("cases", "--json", "--quiet")).hasMessageContaining("together");

        assertThat(CommandLine.parse("runs").command()).isEqualTo(new Command.ListRuns(20));
        assertThat(CommandLine.parse("runs", "--limit", "5").command()).isEqualTo(new Command.ListRuns(5));
        assertThat(CommandLine.parse("runs", "show", "R1").command()).isEqualTo(new Command.ShowRun("R1"));
        assertThatThrownBy(() -> CommandLine.parse("runs", "shwo", "R1")).hasMessageContaining("did you mean show?");
        assertThatThrownBy(() -> CommandLine.parse("runs", "--limit", "0")).hasMessageContaining("positive");

        Path out = dir.resolve("t.xlsx");
        assertThat(CommandLine.parse("template", "users", "--out", out.toString()).command())
                .isEqualTo(new Command.Template("users", out));
        assertThatThrownBy(() -> CommandLine.parse("template", "users")).hasMessageContaining("needs --out");
        assertThatThrownBy(() -> CommandLine.parse("template", "users", "--out", dir.resolve("t.csv").toString()))
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> CommandLine.parse("template", "user", "--out", out.toString()))
                .hasMessageContaining("did you mean users?");
    }

    @Test
    void helpForOneCommandWinsOverMissingOperands() {
        assertThat(CommandLine.parse("import-equipment", "--help").command())
                .isEqualTo(new Command.Help("import-equipment"));
        assertThat(((Command.Help) CommandLine.parse("help", "template").command()).text())
                .contains("template equipment|users|credits|returns --out FILE.xlsx").contains("example:");
        assertThat(((Command.Help) CommandLine.parse("--help").command()).text()).contains("runs [show RUN_ID]");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", "--cod-dri", "x"))
                .hasMessageContaining("did you mean --cod-dir?");
    }
}
