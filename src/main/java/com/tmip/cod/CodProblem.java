package com.tmip.cod;

import com.tmip.row.RuleCode;

/** Why a CoD is not accepted; each has the stable rule code written to {@code failures.csv}. */
public enum CodProblem implements RuleCode {
    FILE_NAME_INVALID("COD_FILE_NAME_INVALID"),
    FILE_NOT_FOUND("COD_FILE_NOT_FOUND"),
    FILE_NOT_REGULAR("COD_FILE_NOT_REGULAR"),
    FILE_OUTSIDE_FOLDER("COD_FILE_OUTSIDE_FOLDER"),
    FILE_TOO_LARGE("COD_FILE_TOO_LARGE"),
    FILE_UNREADABLE("COD_FILE_UNREADABLE"),
    FILE_NOT_PDF("COD_FILE_NOT_PDF"),
    NOT_SIGNED("COD_NOT_SIGNED"),
    NOT_FULLY_SIGNED("COD_NOT_FULLY_SIGNED"),
    SIGNATURE_INVALID("COD_SIGNATURE_INVALID"),
    WEAK_DIGEST("COD_WEAK_DIGEST"),
    CERTIFICATE_EXPIRED("COD_CERTIFICATE_EXPIRED"),
    CERTIFICATE_NOT_YET_VALID("COD_CERTIFICATE_NOT_YET_VALID"),
    SIGNER_UNTRUSTED("COD_SIGNER_UNTRUSTED"),
    SERIAL_NOT_LISTED("COD_SERIAL_NOT_LISTED");

    private final String code;

    CodProblem(String code) {
        this.code = code;
    }

    /** The rule code, e.g. {@code COD_NOT_SIGNED}. */
    @Override
    public String code() {
        return code;
    }
}
