package com.tmip.run;

/** Why a file was rejected as a whole, or where it stopped being readable. */
public record FileProblem(String rule, String message, int row) {
}
