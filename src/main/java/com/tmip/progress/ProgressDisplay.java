package com.tmip.progress;

import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * Where live progress goes while a command runs: the terminal the command line attached for this run, or nowhere
 * (then {@link ProgressLog} logs plain lines). The command line attaches its output stream only when that is an
 * interactive terminal, so cron mails, CI logs and pipes never get control characters.
 */
@Component
public class ProgressDisplay {

    private volatile PrintStream terminal;

    /** True when the process runs on an interactive terminal: a console, not CI, not a dumb terminal. */
    public static boolean interactive() {
        return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"))
                && !"dumb".equals(System.getenv("TERM"));
    }

    /** Shows live progress on {@code terminal} until {@link #detach()}; null for plain log lines. */
    public void attach(PrintStream terminal) {
        this.terminal = terminal;
    }

    public void detach() {
        this.terminal = null;
    }

    /** The attached terminal, or null. */
    PrintStream terminal() {
        return terminal;
    }
}
