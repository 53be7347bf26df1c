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
        assertThat(command.files()).containsExactly(a, b);
        assertThat(command.codDir()).isEqualTo(cod);
        assertThat(command.outDir()).isEqualTo(dir.resolve("out"));
        assertThat(command.dryRun()).isTrue();
        assertThat(line.dbUrl()).isEqualTo("jdbc:hsqldb:mem:x");
    }

    @Test
    void defaultsReportsToTheReportsFolder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Command.ImportAccounts command = (Command.ImportAccounts) CommandLine.parse("import-accounts", a.toString()).command();
        assertThat(command.outDir()).isEqualTo(Path.of("reports").toAbsolutePath());
    }

    @Test
    void parsesReconcileCredits() throws IOException {
        Path ledger = Files.writeString(dir.resolve("ledger.csv"), "x");
        Command.ReconcileCredits command = (Command.ReconcileCredits) CommandLine.parse("reconcile-credits",
                ledger.toString(), "--out", dir.resolve("out").toString()).command();
        assertThat(command.ledger()).isEqualTo(ledger);
        assertThat(command.outDir()).isEqualTo(dir.resolve("out"));
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), ledger.toString()))
                .hasMessageContaining("exactly one LEDGER");
        assertThatThrownBy(() -> CommandLine.parse("reconcile-credits", ledger.toString(), "--dry-run"))
                .hasMessageContaining("has no option --dry-run");
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
}
