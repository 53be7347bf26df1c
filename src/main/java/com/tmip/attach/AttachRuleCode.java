package com.tmip.attach;

import com.tmip.row.RuleCode;

/**
 * The stable codes of {@code attach-cods}, as written in {@code failures.csv}. A certificate that does not verify
 * gets the code of its problem ({@link com.tmip.cod.CodProblem}), as in the import; one made out to another account
 * than the one holding its serials gets {@code COD_ACCOUNT_MISMATCH}.
 */
public enum AttachRuleCode implements RuleCode {
    /** The certificate (verified) has no text, as a scan: the serials it covers cannot be read from it. */
    COD_NO_TEXT,
    /** The certificate lists no serial number of a registered item. */
    COD_NO_SERIAL_HELD,
    /** A serial the certificate lists is not registered (the other serials are attached). */
    COD_SERIAL_NOT_REGISTERED,
    /** A serial the certificate lists is a trade-in item: it is returned, not destroyed. */
    COD_SERIAL_NOT_COD_ITEM,
    /** A serial the certificate lists is documented by another certificate already. */
    COD_SERIAL_ALREADY_DOCUMENTED,
    /** The certificate lists serials of more than one account: nothing it lists is attached. */
    COD_ACCOUNTS_MIXED,
    /** Duplicate: the serial is documented by this same certificate already (an earlier run, or the same bytes
     *  under another name earlier in the folder). */
    COD_ALREADY_ATTACHED;

    @Override
    public String code() {
        return name();
    }
}
