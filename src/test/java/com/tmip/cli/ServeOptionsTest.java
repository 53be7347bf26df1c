package com.tmip.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code serve [--port N] [--bind ADDRESS] [--trust-dir DIR]} on the command line. */
class ServeOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToPort8080OnThisMachineOnly() {
        CommandLine line = CommandLine.parse("serve");
        Commands.Serve serve = line.request(Commands.Serve.class);
        assertThat(line.command().startsWebServer()).isTrue();
        assertThat(CommandLine.parse("template", "users", "--out", dir.resolve("t.xlsx").toString()).command()
                .startsWebServer()).isFalse();
        assertThat(serve.port()).isEqualTo(8080);
        assertThat(serve.bind()).isEqualTo("127.0.0.1");
        assertThat(serve.trustDir()).isNull();
    }

    @Test
    void takesAPortAnAddressAndATrustFolder() {
        CommandLine line = CommandLine.parse("serve", "--port=9090", "--bind", "0.0.0.0", "--trust-dir",
                dir.toString());
        Commands.Serve serve = line.request(Commands.Serve.class);
        assertThat(line.command().properties()).containsEntry("server.port", "9090")
                .containsEntry("server.address", "0.0.0.0");
        assertThat(serve.port()).isEqualTo(9090);
        assertThat(serve.bind()).isEqualTo("0.0.0.0");
        assertThat(serve.trustDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void refusesABadPortAnAddressWithSpacesAndOperands() {
        assertThatThrownBy(() -> CommandLine.parse("serve", "--port", "70000")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--port must be a number from 1 to 65535");
        assertThatThrownBy(() -> CommandLine.parse("serve", "--port", "http")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("serve", "--bind", "a b")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--bind");
        assertThatThrownBy(() -> CommandLine.parse("serve", "extra")).isInstanceOf(UsageException.class)
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> CommandLine.parse("serve", "--trust-dir", dir.resolve("missing").toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("no such folder");
        assertThatThrownBy(() -> CommandLine.parse("serve", "--dry-run")).isInstanceOf(UsageException.class);
    }
}
