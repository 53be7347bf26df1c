package com.tmip.run;

import com.tmip.input.InputFormat;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** One input file of a run, as inspected when the run was created. */
public record ImportFile(
        String runId,
        int fileNo,
        Path path,
        String fileName,
        String sha256,
        InputFormat format,
        Charset charset,
        char delimiter,
        FileStatus status,
        String rule,
        String message) {
}
