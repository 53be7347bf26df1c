package com.tmip.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG by the page template (no script, nothing from outside the jar): one bar per
 * label, its length proportional to its count. The template writes labels as text, never as markup.
 */
public record BarChart(List<Bar> bars, int width, int height) {

    static final int LABEL_WIDTH = 250;
    static final int BAR_SPACE = 280;
    static final int ROW = 24;

    /** @param y the bar's top; {@code length} its drawn length in pixels */
    public record Bar(String label, long count, int y, int length) {

        public int textY() {
            return y + 15;
        }

        public int countX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    /** The chart of {@code counts}, in their order; empty bars are left out. */
    public static BarChart of(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> {
            if (count > 0) {
                int length = (int) Math.max(2, Math.round((double) count / Math.max(1, max) * BAR_SPACE));
                bars.add(new Bar(label, count, bars.size() * ROW, length));
            }
        });
        return new BarChart(bars, LABEL_WIDTH + BAR_SPACE + 80, Math.max(ROW, bars.size() * ROW));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
