package com.tmip.input;

import java.util.List;
import java.util.Objects;

/**
 * A column a table may have: its canonical name (such as {@code serial_number}), whether it must be present,
 * and the other header labels accepted for it (such as the Case Manager form's "Serial Number"). The name itself
 * is always accepted too.
 */
public record ColumnSpec(String name, boolean required, List<String> aliases) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        if (HeaderMatcher.normalise(name).isEmpty()) {
            throw new IllegalArgumentException("a column name needs a letter or digit: \"" + name + "\"");
        }
        aliases = List.copyOf(aliases);
    }

    public static ColumnSpec required(String name, String... aliases) {
        return new ColumnSpec(name, true, List.of(aliases));
    }

    public static ColumnSpec optional(String name, String... aliases) {
        return new ColumnSpec(name, false, List.of(aliases));
    }
}
