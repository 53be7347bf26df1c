package com.tmip.history;

/** The state of a past run as an operator reads it. */
public enum RunState {
    COMPLETED("completed"),
    COMPLETED_WITH_REJECTIONS("completed with rejections"),
    FAILED("failed"),
    RUNNING("running");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
