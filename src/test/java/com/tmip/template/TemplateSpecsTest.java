package com.tmip.template;

import com.tmip.credits.LedgerColumns;
import com.tmip.equipment.EquipmentColumns;
import com.tmip.input.ColumnSpec;
import com.tmip.users.UserColumns;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each template's header is the import's own columns, in the import's order: every required column, and no column
 * the import does not read (a partner fills in the template and sends it back as is).
 */
class TemplateSpecsTest {

    @Test
    void equipmentTemplateHasTheEquipmentImportsColumns() {
        assertHasColumnsOf(TemplateSpecs.equipment(List.of("Alpha"), List.of("MX480")), EquipmentColumns.SPECS);
    }

    @Test
    void usersTemplateHasTheUserImportsColumns() {
        assertHasColumnsOf(TemplateSpecs.users(List.of("Alpha"), List.of("Partner")), UserColumns.SPECS);
    }

    @Test
    void creditsTemplateHasTheLedgersColumns() {
        assertHasColumnsOf(TemplateSpecs.credits(List.of("Alpha")), LedgerColumns.COLUMNS);
    }

    private static void assertHasColumnsOf(List<TemplateColumn> template, List<ColumnSpec> imported) {
        List<String> names = template.stream().map(TemplateColumn::name).toList();
        List<String> known = imported.stream().map(ColumnSpec::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(known).containsAll(names);
        assertThat(names).containsAll(imported.stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList());
        assertThat(names).isSortedAccordingTo((a, b) -> Integer.compare(known.indexOf(a), known.indexOf(b)));
    }
}
