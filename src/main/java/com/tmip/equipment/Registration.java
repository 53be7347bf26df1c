package com.tmip.equipment;

import com.tmip.cases.Disposition;

import java.time.LocalDate;

/**
 * A row that passed every check, with its values normalised: what gets registered.
 *
 * @param accountId  the id of the matched known account
 * @param serial     trimmed, upper-cased serial number
 * @param platform   canonical platform name, e.g. MX480
 * @param codFile    the CoD file name for COD items, else null
 * @param reference  the partner's plan reference, "" when none
 * @param orderDate  null when not given
 * @param contact    the contact's username as stored, or null
 * @param codSha256  the SHA-256 of the verified CoD for COD items, else null
 * @param codWarning a note for the report (a CoD without text), else null
 */
public record Registration(
        int rowNumber,
        String accountId,
        String serial,
        String platform,
        Disposition disposition,
        String codFile,
        String reference,
        LocalDate orderDate,
        String contact,
        String codSha256,
        String codWarning) {
}
