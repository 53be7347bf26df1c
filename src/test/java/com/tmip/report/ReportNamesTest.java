package com.tmip.report;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-file report names of a run of several files: after the partner's file, safe, bounded and unique. */
class ReportNamesTest {

    @Test
    void namedAfterTheFileWithItsExtension() {
        Set<String> taken = new HashSet<>();
        assertThat(ReportWriter.reportBase("equipment.csv", taken)).isEqualTo("rejected-rows-equipment-csv");
        assertThat(ReportWriter.reportBase("equipment.xlsx", taken)).isEqualTo("rejected-rows-equipment-xlsx");
    }

    @Test
    void noPathOrControlCharactersAndBoundedLength() {
        Set<String> taken = new HashSet<>();
        String name = ReportWriter.reportBase("../../etc/pass\u001b[31mwd\r\n équipe.xlsx", taken);
        assertThat(name).matches("[A-Za-z0-9_-]+").startsWith("rejected-rows-").endsWith("-xlsx");
        String longName = ReportWriter.reportBase("x".repeat(300) + ".csv", taken);
        assertThat(longName.length()).isLessThanOrEqualTo("rejected-rows-".length() + ReportWriter.MAX_NAME);
        assertThat(longName).endsWith("-csv");
        assertThat(ReportWriter.reportBase("...", taken)).isEqualTo("rejected-rows");
    }

    @Test
    void uniqueWithinTheRun() {
        Set<String> taken = new HashSet<>();
        assertThat(ReportWriter.reportBase("equipment.csv", taken)).isEqualTo("rejected-rows-equipment-csv");
        assertThat(ReportWriter.reportBase("equipment.csv", taken)).isEqualTo("rejected-rows-equipment-csv-2");
        assertThat(ReportWriter.reportBase("Equipment.CSV", taken)).as("names differing in case only")
                .isEqualTo("rejected-rows-Equipment-CSV-3");
        assertThat(ReportWriter.reportBase("equipment csv", taken)).isEqualTo("rejected-rows-equipment-csv-4");
    }
}
