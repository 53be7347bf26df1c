package com.tmip.run;

import com.tmip.input.FileInspector;
import com.tmip.input.InputFileException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies a run for resuming: the job, the content (not the names) of its inputs and the options that
 * change its outcome. Running the same command over the same bytes again finds the unfinished run.
 */
public final class InputKey {

    private InputKey() {
    }

    /** Inspects each file once (hash, format); a file that cannot be read is kept with its problem. */
    public static List<RunRegistry.Inspection> inspectAll(List<Path> files) {
        FileInspector inspector = new FileInspector();
        List<RunRegistry.Inspection> inspections = new ArrayList<>();
        for (Path file : files) {
            try {
                inspections.add(new RunRegistry.Inspection(file, inspector.inspect(file), null));
            } catch (InputFileException e) {
                inspections.add(new RunRegistry.Inspection(file, null, e));
            }
        }
        return inspections;
    }

    public static String of(String jobName, List<RunRegistry.Inspection> inputs, boolean dryRun, String options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, jobName);
            update(digest, dryRun ? "dry-run" : "register");
            update(digest, options);
            for (RunRegistry.Inspection input : inputs) {
                update(digest, input.file() != null ? input.file().sha256() : "unreadable:" + input.path());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
