package com.tmip.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryCodFolderTest {

    @TempDir
    Path root;

    @Test
    void containsTheRegularFilesListedAtConstruction() throws IOException {
        Path cod = Files.createDirectory(root.resolve("cod"));
        Files.writeString(cod.resolve("cod-1.pdf"), "x");
        Files.createDirectory(cod.resolve("sub"));
        Files.writeString(cod.resolve("sub").resolve("cod-2.pdf"), "x");
        DirectoryCodFolder folder = new DirectoryCodFolder(cod);
        Files.writeString(cod.resolve("late.pdf"), "x");

        assertThat(folder.isConfigured()).isTrue();
        assertThat(folder.contains("cod-1.pdf")).isTrue();
        assertThat(folder.contains("COD-1.PDF")).isFalse();
        assertThat(folder.contains("sub")).isFalse();
        assertThat(folder.contains("cod-2.pdf")).isFalse();
        assertThat(folder.contains("sub/cod-2.pdf")).isFalse();
        assertThat(folder.contains("late.pdf")).isFalse();
        assertThat(folder.size()).isEqualTo(1);
    }

    @Test
    void refusesPathsEvenWhenTheyWouldResolveToAListedFile() throws IOException {
        Path cod = Files.createDirectory(root.resolve("cod"));
        Files.writeString(cod.resolve("a.pdf"), "x");
        DirectoryCodFolder folder = new DirectoryCodFolder(cod);
        assertThat(folder.contains("./a.pdf")).isFalse();
        assertThat(folder.contains("../cod/a.pdf")).isFalse();
        assertThat(folder.contains("..\\cod\\a.pdf")).isFalse();
        assertThat(folder.contains("a.pdf\u0000")).isFalse();
        assertThat(folder.contains("")).isFalse();
        assertThat(folder.contains(null)).isFalse();
    }

    @Test
    void followsLinksOnlyInsideTheFolder() throws IOException {
        Path cod = Files.createDirectory(root.resolve("cod"));
        Path outside = Files.writeString(root.resolve("secret.pdf"), "x");
        Path inside = Files.writeString(cod.resolve("real.pdf"), "x");
        try {
            Files.createSymbolicLink(cod.resolve("out.pdf"), outside);
            Files.createSymbolicLink(cod.resolve("in.pdf"), inside);
            Files.createSymbolicLink(cod.resolve("dangling.pdf"), root.resolve("gone.pdf"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        DirectoryCodFolder folder = new DirectoryCodFolder(cod);
        assertThat(folder.contains("real.pdf")).isTrue();
        assertThat(folder.contains("in.pdf")).isTrue();
        assertThat(folder.contains("out.pdf")).isFalse();
        assertThat(folder.contains("dangling.pdf")).isFalse();
    }

    @Test
    void noneContainsNothingAndIsNotConfigured() {
        CodFolder none = DirectoryCodFolder.none();
        assertThat(none.isConfigured()).isFalse();
        assertThat(none.contains("a.pdf")).isFalse();
        assertThat(DirectoryCodFolder.of(null)).isSameAs(none);
    }

    @Test
    void refusesAMissingFolder() {
        assertThatThrownBy(() -> new DirectoryCodFolder(root.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainNames() {
        assertThat(DirectoryCodFolder.isPlainName("CoD 2025-03 (signed).pdf")).isTrue();
        assertThat(DirectoryCodFolder.isPlainName("C:cod.pdf")).isFalse();
        assertThat(DirectoryCodFolder.isPlainName("a..pdf")).isFalse();
        assertThat(DirectoryCodFolder.isPlainName("a\tb.pdf")).isFalse();
        assertThat(DirectoryCodFolder.isPlainName(".")).isFalse();
    }
}
