package com.tmip.run;

/** Cases a run opened, and existing cases it added items to (for a dry run: would have). */
public record CaseCounts(long created, long updated) {

    public static final CaseCounts NONE = new CaseCounts(0, 0);
}
