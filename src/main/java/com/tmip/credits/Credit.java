package com.tmip.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A well-formed ledger line: trimmed keys, the serial upper-cased, the amount exact.
 *
 * @param accountId the known account the {@code account} text names, or null when it names none (or several)
 */
public record Credit(String creditId, String caseId, String accountText, String accountId, String serial,
                     BigDecimal amount, String currency, LocalDate issuedOn) {

    public Credit {
        Objects.requireNonNull(creditId);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(serial);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(issuedOn);
    }

    /** True when both describe the same credit (the account as written may differ only in spelling). */
    boolean sameAs(Credit other) {
        return caseId.equals(other.caseId) && Objects.equals(accountId, other.accountId)
                && (accountId != null || accountText.equals(other.accountText)) && serial.equals(other.serial)
                && amount.compareTo(other.amount) == 0 && currency.equals(other.currency)
                && issuedOn.equals(other.issuedOn);
    }
}
