package com.tmip.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformCatalogTest {

    private final PlatformCatalog catalog = PlatformCatalog.defaults();

    @Test
    void theShippedListHoldsTheKnownPlatforms() {
        assertThat(catalog.platforms()).containsExactly("MX5", "MX10", "MX40", "MX80", "MX104", "MX204", "MX240",
                "MX301", "MX304", "MX480", "MX960", "MX2008", "MX2010", "MX2020", "MX10003", "MX10004", "MX10008",
                "MX10016");
    }

    @Test
    void normalisesCaseSpacesAndPunctuation() {
        for (String text : List.of("MX 480", "mx480", "mx-480", " Mx480 ", "MX480", "mx_480")) {
            assertThat(catalog.normalize(text)).as(text).contains("MX480");
        }
    }

    @Test
    void unknownPlatformsAreEmpty() {
        assertThat(catalog.normalize("MX408")).isEmpty();
        assertThat(catalog.normalize("PTX10008")).isEmpty();
        assertThat(catalog.normalize("")).isEmpty();
        assertThat(catalog.normalize(null)).isEmpty();
    }

    @Test
    void suggestsTheNearestPlatform() {
        assertThat(catalog.suggest("MX408")).contains("MX480");
        assertThat(catalog.suggest("mx 9600")).contains("MX960");
        assertThat(catalog.suggest("MX10009")).contains("MX10003");
        assertThat(catalog.suggest("EX4300")).isEmpty();
        assertThat(catalog.suggest("")).isEmpty();
    }

    @Test
    void loadsAnOperatorFileWithCommentsAndBlankLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("platforms.txt");
        Files.writeString(file, "\uFEFF# ours\n\nmx480\n  MX960  \n# MX5\nmx480\n");
        PlatformCatalog own = PlatformCatalog.fromFile(file);
        assertThat(own.platforms()).containsExactly("MX480", "MX960");
        assertThat(own.normalize("mx5")).isEmpty();
    }

    @Test
    void refusesAnEmptyOrMissingList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "# nothing\n");
        assertThatThrownBy(() -> PlatformCatalog.fromFile(file)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlatformCatalog.fromResource("reference/missing.txt"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromResourceAcceptsALeadingSlash() {
        assertThat(PlatformCatalog.fromResource("/reference/platforms.txt").platforms()).hasSize(18);
    }
}
