package com.tmip.cli;

/** How a command reports its outcome: the summary table, summary.json on standard output, or errors only. */
public enum OutputMode {
    TABLE, JSON, QUIET
}
