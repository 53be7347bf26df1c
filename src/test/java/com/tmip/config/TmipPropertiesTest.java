package com.tmip.config;

import com.tmip.cod.CodLimits;
import com.tmip.input.InputLimits;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code tmip.*} settings bind from {@link TmipProperties} alone: their defaults are the record's, and the command
 * line and the environment override them as Boot's relaxed binding allows.
 */
class TmipPropertiesTest {

    private static TmipProperties bind(Iterable<ConfigurationPropertySource> sources) {
        return new Binder(sources).bindOrCreate("tmip", TmipProperties.class);
    }

    @Test
    void anEmptyEnvironmentGetsTheDocumentedCodAndInputDefaults() {
        TmipProperties properties = bind(List.of(new MapConfigurationPropertySource()));

        TmipProperties.Cod cod = properties.cod();
        assertThat(cod.trustDir()).isEqualTo(Path.of("trust"));
        assertThat(cod.maxBytes()).isEqualTo(50 * CodLimits.MB);
        assertThat(cod.scratchDir()).isEmpty();
        assertThat(cod.maxCpuTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(CodLimits.of(cod)).isEqualTo(CodLimits.defaults(50 * CodLimits.MB));

        assertThat(InputLimits.of(properties.input())).isEqualTo(InputLimits.DEFAULTS);
        assertThat(properties.input().maxColumns()).isEqualTo(200);
        assertThat(properties.input().maxSharedStringsBytes()).isEqualTo(100L * 1024 * 1024);
    }

    /** The tables of jobs/README.md state the record's defaults: set to what they say, nothing changes. */
    @Test
    void theJobsReadmeStatesTheDefaults() throws IOException {
        Pattern row = Pattern.compile("^\\| `(tmip\\.(?:cod|input)\\.[a-z-]+)` \\| `([^`]+)`", Pattern.MULTILINE);
        Matcher matcher = row.matcher(Files.readString(Path.of("jobs/README.md")));
        Map<String, String> documented = new LinkedHashMap<>();
        while (matcher.find()) {
            documented.put(matcher.group(1), matcher.group(2));
        }
        assertThat(documented).hasSize(15).containsEntry("tmip.cod.max-cpu-time", "30s")
                .containsEntry("tmip.input.max-columns", "200");

        TmipProperties asDocumented = bind(List.of(new MapConfigurationPropertySource(documented)));
        TmipProperties defaults = bind(List.of(new MapConfigurationPropertySource()));
        assertThat(asDocumented.cod()).isEqualTo(defaults.cod());
        assertThat(asDocumented.input()).isEqualTo(defaults.input());
    }

    @Test
    void theCommandLineAndTheEnvironmentOverrideTheDefaults() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SimpleCommandLinePropertySource("--tmip.cod.max-pages=3", "--tmip.input.max-columns=7",
                "--tmip.cod.max-cpu-time=2m", "--tmip.cod.scratch-dir= /var/tmp/tmip "));
        sources.addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("TMIP_COD_TRUST_DIR", "/etc/tmip/trust", "TMIP_INPUT_MAX_RECORD_CHARS", "1000000")));

        TmipProperties properties = bind(ConfigurationPropertySources.from(sources));

        CodLimits cod = CodLimits.of(properties.cod());
        assertThat(cod.maxPages()).isEqualTo(3);
        assertThat(cod.maxCpuTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(cod.scratchDir()).isEqualTo(Path.of("/var/tmp/tmip"));
        assertThat(cod.maxTextChars()).isEqualTo(CodLimits.defaults(1).maxTextChars());
        assertThat(properties.cod().trustDir()).isEqualTo(Path.of("/etc/tmip/trust"));

        InputLimits input = InputLimits.of(properties.input());
        assertThat(input.maxColumns()).isEqualTo(7);
        assertThat(input.maxRecordChars()).isEqualTo(1_000_000);
        assertThat(input.maxCellLength()).isEqualTo(InputLimits.DEFAULTS.maxCellLength());
    }
}
