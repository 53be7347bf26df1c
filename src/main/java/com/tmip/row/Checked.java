package com.tmip.row;

import java.util.List;

/**
 * What one rule made of one cell: the normalised value when the cell passed (may be null for an optional cell
 * left blank), or the violations it found.
 */
public record Checked<T>(T value, List<Violation> violations) {

    public Checked {
        violations = List.copyOf(violations);
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> failed(Violation violation) {
        return new Checked<>(null, List.of(violation));
    }

    public boolean isOk() {
        return violations.isEmpty();
    }
}
