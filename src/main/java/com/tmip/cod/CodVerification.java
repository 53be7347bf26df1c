package com.tmip.cod;

/** The outcome of verifying one CoD file: the verified document, or the first problem found. */
public record CodVerification(String fileName, CodDocument document, CodProblem problem, String message) {

    public static CodVerification verified(CodDocument document) {
        return new CodVerification(document.fileName(), document, null, null);
    }

    public static CodVerification rejected(String fileName, CodProblem problem, String message) {
        return new CodVerification(fileName, null, problem, message);
    }

    public boolean isVerified() {
        return document != null;
    }
}
