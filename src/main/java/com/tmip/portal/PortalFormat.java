package com.tmip.portal;

import java.time.Duration;
import java.util.Locale;

/** How the pages write sizes, counts and durations. */
public final class PortalFormat {

    private PortalFormat() {
    }

    public static String bytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return Math.max(1, bytes >> 10) + " KB";
    }

    public static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    public static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
