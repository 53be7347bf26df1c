package com.tmip.input;

import com.tmip.row.Violation;

import java.util.List;

/**
 * One non-blank data row as a person sees it in the source.
 *
 * @param rowNumber the row number a person sees (the header row is 1 in a CSV; in a sheet, the sheet's own number)
 * @param cells     cell texts in column order, formatted as displayed; never null, blank cells are ""
 * @param problems  cells that reject the row whatever its columns mean (see {@link CellProblem}); usually empty
 */
public record SourceRow(int rowNumber, List<String> cells, List<CellProblem> problems) {

    public SourceRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public SourceRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, List.of());
    }

    /**
     * The problems as the row's first violations, whatever job reads it; a violation's value is left empty, so a
     * cell that may hold a secret is never quoted.
     */
    public List<Violation> problemViolations() {
        return problems.stream().map(p -> new Violation(p.column(), p.rule(), p.message(), "")).toList();
    }

    /** The cell at {@code index}, or "" when the row is shorter than that. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
