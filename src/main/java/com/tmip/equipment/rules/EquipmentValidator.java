package com.tmip.equipment.rules;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.cases.Disposition;
import com.tmip.cod.CodDocument;
import com.tmip.cod.CodDocuments;
import com.tmip.equipment.EquipmentRow;
import com.tmip.equipment.Registration;
import com.tmip.equipment.RowCheck;
import com.tmip.reference.PlatformCatalog;
import com.tmip.reference.UserDirectory;
import com.tmip.row.Checked;
import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one equipment row against every rule and reports every failure, in column order; a row that passes
 * becomes a {@link Registration} with normalised values. Thread-safe when its {@link UserDirectory} is (the
 * rules hold no mutable state; the account directory's suggestion memo is locked).
 */
public final class EquipmentValidator {

    private final AccountRule account;
    private final SerialNumberRule serialNumber = new SerialNumberRule();
    private final PlatformRule platform;
    private final DispositionRule disposition = new DispositionRule();
    private final CodFileRule codFile;
    private final SeriesRule series = new SeriesRule();
    private final CloudMarketplaceRule cloudMarketplace = new CloudMarketplaceRule();
    private final ReferenceRule reference = new ReferenceRule();
    private final OrderDateRule orderDate;
    private final ContactRule contact;
    private final FixedValuesRule fixedValues = new FixedValuesRule();

    /**
     * @param today the day ORDER_DATE_IN_FUTURE compares against; pass the run's date, fixed for the run
     */
    public EquipmentValidator(AccountDirectory accounts, PlatformCatalog platforms, CodDocuments codDocuments,
                              UserDirectory users, LocalDate today) {
        this(accounts, platforms, codDocuments, users, today, null);
    }

    /** @param onlyAccountId the one account rows may name (ACCOUNT_NOT_YOURS otherwise), or null for any */
    public EquipmentValidator(AccountDirectory accounts, PlatformCatalog platforms, CodDocuments codDocuments,
                              UserDirectory users, LocalDate today, String onlyAccountId) {
        this.account = new AccountRule(accounts, onlyAccountId);
        this.platform = new PlatformRule(platforms);
        this.codFile = new CodFileRule(codDocuments);
        this.orderDate = new OrderDateRule(today);
        this.contact = new ContactRule(users);
    }

    /** Every violation of {@code row}, or its registration when there is none. */
    public RowCheck check(EquipmentRow row) {
        List<Violation> violations = new ArrayList<>(0);
        Checked<Account> matchedAccount = collect(account.check(row.account()), violations);
        Checked<SerialNumber> checkedSerial = collect(serialNumber.check(row.serialNumber()), violations);
        String serial = checkedSerial.value() == null ? null : checkedSerial.value().value();
        Checked<String> canonicalPlatform = collect(platform.check(row.platform()), violations);
        Checked<Disposition> parsedDisposition = collect(disposition.check(row.disposition()), violations);
        Checked<CodDocument> cod = collect(codFile.check(parsedDisposition.value(), row.codFile()), violations);
        violations.addAll(codFile.checkSerial(cod.value(), serial, row.codFile()));
        violations.addAll(codFile.checkAccount(cod.value(), matchedAccount.value(), row.codFile()));
        violations.addAll(series.check(row.series()));
        violations.addAll(cloudMarketplace.check(row.cloudMarketplace()));
        Checked<String> trimmedReference = collect(reference.check(row.reference()), violations);
        Checked<LocalDate> date = collect(orderDate.check(row.orderDate()), violations);
        Checked<String> username = collect(contact.check(row.contact()), violations);
        violations.addAll(fixedValues.check(row.synopsis(), row.description(), row.caseType()));

        if (!violations.isEmpty()) {
            return RowCheck.invalid(row, violations);
        }
        return RowCheck.valid(row, new Registration(
                row.rowNumber(),
                matchedAccount.value().accountId(),
                serial,
                canonicalPlatform.value(),
                parsedDisposition.value(),
                cod.value() == null ? null : cod.value().fileName(),
                trimmedReference.value(),
                date.value(),
                username.value(),
                cod.value() == null ? null : cod.value().sha256(),
                cod.value() == null || cod.value().hasText() ? null : CodFileRule.NO_TEXT_WARNING));
    }

    private static <T> Checked<T> collect(Checked<T> checked, List<Violation> violations) {
        violations.addAll(checked.violations());
        return checked;
    }
}
