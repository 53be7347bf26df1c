package com.tmip.run;

import com.tmip.input.HeaderMatch;

import java.util.List;

/**
 * A job's own check that a file's first row is a header at all. A file whose first row is a data row in its place
 * (a list saved without its header row) is rejected whole, and the row's cells are neither stored nor reported:
 * in a users list they may hold a password.
 */
@FunctionalInterface
public interface HeaderCheck {

    /** Accepts every header. */
    HeaderCheck NONE = (header, match) -> null;

    /**
     * Why {@code header} is not a header (rule code and a message that quotes none of its cells), or null.
     *
     * @param match how the header matched the job's columns
     */
    Problem problem(List<String> header, HeaderMatch match);

    /** The rule code and the message of a first row that is not a header. */
    record Problem(String rule, String message) {
    }
}
