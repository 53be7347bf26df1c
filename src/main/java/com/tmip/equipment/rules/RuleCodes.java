package com.tmip.equipment.rules;

import java.util.List;

/** The stable codes of the equipment row rules, as written in {@code failures.csv} and counted in the summary. */
public final class RuleCodes {

    public static final String REQUIRED = "REQUIRED";
    public static final String SERIAL_FORMAT = "SERIAL_FORMAT";
    public static final String ACCOUNT_UNKNOWN = "ACCOUNT_UNKNOWN";
    public static final String ACCOUNT_AMBIGUOUS = "ACCOUNT_AMBIGUOUS";
    public static final String PLATFORM_UNKNOWN = "PLATFORM_UNKNOWN";
    public static final String SERIES_INVALID = "SERIES_INVALID";
    public static final String DISPOSITION_INVALID = "DISPOSITION_INVALID";
    public static final String COD_FILE_REQUIRED = "COD_FILE_REQUIRED";
    public static final String COD_FILE_NOT_FOUND = "COD_FILE_NOT_FOUND";
    public static final String COD_FILE_NAME_INVALID = "COD_FILE_NAME_INVALID";
    public static final String COD_FILE_NOT_REGULAR = "COD_FILE_NOT_REGULAR";
    public static final String COD_FILE_OUTSIDE_FOLDER = "COD_FILE_OUTSIDE_FOLDER";
    public static final String COD_FILE_TOO_LARGE = "COD_FILE_TOO_LARGE";
    public static final String COD_FILE_UNREADABLE = "COD_FILE_UNREADABLE";
    public static final String COD_STREAM_TOO_LARGE = "COD_STREAM_TOO_LARGE";
    public static final String COD_CONTENT_TOO_LARGE = "COD_CONTENT_TOO_LARGE";
    public static final String COD_TOO_MANY_PAGES = "COD_TOO_MANY_PAGES";
    public static final String COD_TEXT_TOO_LONG = "COD_TEXT_TOO_LONG";
    public static final String COD_FILE_TOO_COMPLEX = "COD_FILE_TOO_COMPLEX";
    public static final String COD_FILE_NOT_PDF = "COD_FILE_NOT_PDF";
    public static final String COD_NOT_SIGNED = "COD_NOT_SIGNED";
    public static final String COD_NOT_FULLY_SIGNED = "COD_NOT_FULLY_SIGNED";
    public static final String COD_SIGNATURE_INVALID = "COD_SIGNATURE_INVALID";
    public static final String COD_WEAK_DIGEST = "COD_WEAK_DIGEST";
    public static final String COD_CERTIFICATE_EXPIRED = "COD_CERTIFICATE_EXPIRED";
    public static final String COD_CERTIFICATE_NOT_YET_VALID = "COD_CERTIFICATE_NOT_YET_VALID";
    public static final String COD_SIGNED_IN_FUTURE = "COD_SIGNED_IN_FUTURE";
    public static final String COD_SIGNER_KEY_USAGE = "COD_SIGNER_KEY_USAGE";
    public static final String COD_WEAK_KEY = "COD_WEAK_KEY";
    public static final String COD_SIGNER_UNTRUSTED = "COD_SIGNER_UNTRUSTED";
    public static final String COD_SERIAL_NOT_LISTED = "COD_SERIAL_NOT_LISTED";
    public static final String COD_ACCOUNT_MISMATCH = "COD_ACCOUNT_MISMATCH";
    public static final String CLOUD_MARKETPLACE_NOT_ALLOWED = "CLOUD_MARKETPLACE_NOT_ALLOWED";
    public static final String FIXED_VALUE_MISMATCH = "FIXED_VALUE_MISMATCH";
    public static final String ORDER_DATE_INVALID = "ORDER_DATE_INVALID";
    public static final String ORDER_DATE_IN_FUTURE = "ORDER_DATE_IN_FUTURE";
    public static final String CONTACT_UNKNOWN = "CONTACT_UNKNOWN";
    public static final String REFERENCE_TOO_LONG = "REFERENCE_TOO_LONG";

    /** Every code above, in the order the rules run. */
    public static final List<String> ALL = List.of(REQUIRED, SERIAL_FORMAT, ACCOUNT_UNKNOWN, ACCOUNT_AMBIGUOUS,
            PLATFORM_UNKNOWN, SERIES_INVALID, DISPOSITION_INVALID, COD_FILE_REQUIRED, COD_FILE_NOT_FOUND,
            COD_FILE_NAME_INVALID, COD_FILE_NOT_REGULAR, COD_FILE_OUTSIDE_FOLDER, COD_FILE_TOO_LARGE,
            COD_FILE_UNREADABLE, COD_STREAM_TOO_LARGE, COD_CONTENT_TOO_LARGE, COD_TOO_MANY_PAGES, COD_TEXT_TOO_LONG,
            COD_FILE_TOO_COMPLEX, COD_FILE_NOT_PDF, COD_NOT_SIGNED, COD_NOT_FULLY_SIGNED, COD_SIGNATURE_INVALID,
            COD_WEAK_DIGEST, COD_CERTIFICATE_EXPIRED, COD_CERTIFICATE_NOT_YET_VALID, COD_SIGNED_IN_FUTURE,
            COD_SIGNER_KEY_USAGE, COD_WEAK_KEY, COD_SIGNER_UNTRUSTED, COD_SERIAL_NOT_LISTED, COD_ACCOUNT_MISMATCH,
            CLOUD_MARKETPLACE_NOT_ALLOWED, FIXED_VALUE_MISMATCH, ORDER_DATE_INVALID,
            ORDER_DATE_IN_FUTURE, CONTACT_UNKNOWN, REFERENCE_TOO_LONG);

    private RuleCodes() {
    }
}
