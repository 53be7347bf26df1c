package com.tmip.input;

/** The formats we read, detected from a file's bytes, not from its name. */
public enum InputFormat {
    CSV, XLSX, XLS
}
