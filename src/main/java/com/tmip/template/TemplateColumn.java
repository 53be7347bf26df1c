package com.tmip.template;

import java.util.List;

/**
 * One column of a template.
 *
 * @param name        the header, one of our column names
 * @param kind        how its cells are formatted and checked
 * @param choices     the drop-down values; empty for none
 * @param instruction what to put in it, in plain words
 */
record TemplateColumn(String name, Kind kind, List<String> choices, String instruction) {

    TemplateColumn {
        choices = List.copyOf(choices);
    }

    static TemplateColumn text(String name, String instruction) {
        return new TemplateColumn(name, Kind.TEXT, List.of(), instruction);
    }

    static TemplateColumn general(String name, String instruction) {
        return new TemplateColumn(name, Kind.GENERAL, List.of(), instruction);
    }

    static TemplateColumn date(String name, String instruction) {
        return new TemplateColumn(name, Kind.DATE, List.of(), instruction);
    }

    static TemplateColumn amount(String name, String instruction) {
        return new TemplateColumn(name, Kind.AMOUNT, List.of(), instruction);
    }

    static TemplateColumn choice(String name, List<String> choices, String instruction) {
        return new TemplateColumn(name, Kind.TEXT, choices, instruction);
    }

    /** Cell formats: text keeps leading zeros, dates are real dates shown as yyyy-mm-dd, amounts have two decimals. */
    enum Kind {
        GENERAL, TEXT, DATE, AMOUNT
    }
}
