package com.tmip.cod;

/** Thrown inside the verifier to stop at the first problem of a file; never leaves this package. */
final class CodRejection extends Exception {

    private final CodProblem problem;

    CodRejection(CodProblem problem, String message) {
        super(message, null, false, false);
        this.problem = problem;
    }

    CodProblem problem() {
        return problem;
    }
}
