package com.tmip.run;

/** The status of an import run in {@code import_run}: running until its reports are written, then completed. */
public enum RunStatus {
    RUNNING,
    COMPLETED
}
