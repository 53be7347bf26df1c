package com.tmip.history;

import com.tmip.run.Counts;

import java.util.List;

/**
 * One input file of a past run with its row counts so far.
 *
 * @param status  import_file's status (PENDING, READ, REJECTED, TRUNCATED)
 * @param problem the rule and message when the file was rejected as a whole or cut short, else null
 * @param header  the header row as the file had it (empty before the file was opened)
 */
public record PastFile(int fileNo, String fileName, String format, String sheet, String status, String problem,
                       Counts counts, List<String> header) {

    public PastFile {
        header = List.copyOf(header);
    }

    /** The rule code of the file's problem, or null when it has none. */
    public String rule() {
        return problem == null ? null : problem.split(":", 2)[0];
    }
}
