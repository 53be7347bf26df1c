package com.tmip.equipment;

import com.tmip.account.AccountStore;
import com.tmip.cod.CodDocuments;
import com.tmip.equipment.rules.EquipmentValidator;
import com.tmip.reference.PlatformCatalog;
import com.tmip.reference.UserDirectorySource;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Builds the row rules of a run with the reference data as it is now: accounts, platforms, users, today, and the
 * run's CoD files. One place for the import and for each partition, so both check rows alike.
 */
@Component
public class EquipmentValidators {

    private final AccountStore accounts;
    private final PlatformCatalog platforms;
    private final UserDirectorySource users;
    private final Clock clock;

    public EquipmentValidators(AccountStore accounts, PlatformCatalog platforms, UserDirectorySource users,
                               Clock clock) {
        this.accounts = accounts;
        this.platforms = platforms;
        this.users = users;
        this.clock = clock;
    }

    public EquipmentValidator forRun(CodDocuments codDocuments) {
        return forRun(codDocuments, null);
    }

    /** @param onlyAccountId the one account rows may name, or null for any known account */
    public EquipmentValidator forRun(CodDocuments codDocuments, String onlyAccountId) {
        return new EquipmentValidator(accounts.directory(), platforms, codDocuments, users.snapshot(),
                LocalDate.now(clock), onlyAccountId);
    }
}
