package com.tmip.reference;

/** The folder of Certificates of Destruction given with {@code --cod-dir}. */
public interface CodFolder {

    /** Whether {@code fileName} is a regular file directly inside the folder. */
    boolean contains(String fileName);

    /** Whether a folder was given at all. */
    boolean isConfigured();
}
