package com.tmip.progress;

import java.util.Locale;

/**
 * A file step's progress at one moment: rows done, the fraction of the input read (negative when unknown), and
 * the time since the step started. Formats the live line and the plain log line; rows only, never row values.
 */
record Progress(String step, long rows, double fraction, long elapsedMillis) {

    long rowsPerSecond() {
        return rows * 1000 / Math.max(1, elapsedMillis);
    }

    /** Seconds left at the rate so far, or -1 when the fraction is unknown or too small to tell. */
    long secondsLeft() {
        if (fraction <= 0.001 || fraction > 1) {
            return -1;
        }
        return Math.round(elapsedMillis / 1000.0 * (1 - fraction) / fraction);
    }

    /** The live terminal line, such as {@code file-1: 120,000 rows  42%  11,900 rows/s  0:14 left}. */
    String live() {
        StringBuilder sb = new StringBuilder(String.format(Locale.US, "%s: %,d rows", step, rows));
        if (fraction >= 0) {
            sb.append(String.format(Locale.US, "  %3d%%", (int) Math.min(100, Math.floor(fraction * 100))));
        }
        sb.append(String.format(Locale.US, "  %,d rows/s", rowsPerSecond()));
        long left = secondsLeft();
        if (left >= 0) {
            sb.append("  ").append(clock(left)).append(" left");
        }
        return sb.toString();
    }

    /** The plain log line (its format is relied on by operators' scripts and the kill-and-resume test). */
    String plain() {
        String line = "progress: " + step + ": " + rows + " rows, " + rowsPerSecond() + " rows/s";
        if (fraction >= 0) {
            line += ", " + (int) Math.min(100, Math.floor(fraction * 100)) + "% of the file";
        }
        long left = secondsLeft();
        return left >= 0 ? line + ", about " + clock(left) + " left" : line;
    }

    static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.US, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60)
                : String.format(Locale.US, "%d:%02d", seconds / 60, seconds % 60);
    }
}
