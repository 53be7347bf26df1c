package com.tmip.cli;

import com.tmip.equipment.EquipmentImportRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --partitions N}, {@code --remote} and the {@code worker} command on the command line. */
class PartitionOptionsTest {

    @TempDir
    Path dir;

    @Test
    void withoutPartitionsAnImportIsUnpartitioned() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        EquipmentImportRequest request = CommandLine.parse("import-equipment", a.toString())
                .request(EquipmentImportRequest.class);
        assertThat(request.partitions()).isZero();
        assertThat(request.remote()).isFalse();
    }

    @Test
    void parsesPartitionsAndRemote() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        EquipmentImportRequest request = CommandLine.parse("import-equipment",
                "--remote", a.toString(), "--partitions=8").request(EquipmentImportRequest.class);
        assertThat(request.partitions()).isEqualTo(8);
        assertThat(request.remote()).isTrue();
    }

    @Test
    void refusesBadPartitionCountsAndRemoteAlone() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), "--partitions", "0"))
                .isInstanceOf(UsageException.class).hasMessageContaining("from 1 to 1024");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), "--partitions", "many"))
                .isInstanceOf(UsageException.class).hasMessageContaining("'many'");
        assertThatThrownBy(() -> CommandLine.parse("import-equipment", a.toString(), "--remote"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--remote needs --partitions");
        assertThatThrownBy(() -> CommandLine.parse("import-users", a.toString(), "--partitions", "2"))
                .isInstanceOf(UsageException.class).hasMessageContaining("has no option --partitions");
    }

    @Test
    void parsesWorker() {
        assertThat(CommandLine.parse("worker", "--spring.rabbitmq.host=mq").command().request())
                .isInstanceOf(Commands.Worker.class);
        assertThatThrownBy(() -> CommandLine.parse("worker", "x.csv")).isInstanceOf(UsageException.class);
    }
}
