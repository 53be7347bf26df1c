package com.tmip.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What can be uploaded, who may upload it and which job takes it. A new kind of upload (certificates alone, a
 * returns file) is a constant here and a case in {@link PortalRuns#run}: the upload page lists the kinds the user
 * may use and shows the certificates field where the kind takes certificates.
 *
 * @param label        what the page calls it
 * @param list         whether it has a list (CSV, XLSX, XLS); certificates alone have none
 * @param certificates whether signed certificates are uploaded with it (those the list names, or the upload itself)
 * @param dryRun       whether a dry run can be asked for
 * @param roles        who may upload it (their own account's, for all but Employees)
 */
public enum UploadKind {
    EQUIPMENT("Equipment list", true, true, true, Set.of(Role.CUSTOMER, Role.PARTNER, Role.PARTNER_ADMIN,
            Role.EMPLOYEE)),
    /** A folder's worth of signed certificates for registered plans ({@code attach-cods}). */
    CERTIFICATES("Certificates for registered plans", false, true, true, Set.of(Role.CUSTOMER, Role.PARTNER,
            Role.PARTNER_ADMIN, Role.EMPLOYEE)),
    /** Trade-in items received back ({@code record-returns}). */
    RETURNS("Returns received", true, false, true, Set.of(Role.CUSTOMER, Role.PARTNER, Role.PARTNER_ADMIN,
            Role.EMPLOYEE)),
    USERS("Users", true, false, true, Set.of(Role.EMPLOYEE)),
    /**
     * A Partner Admin's users list ({@code import-users} for its account only: a row naming another account, or
     * the role Employee, is rejected; a row without an account gets the admin's).
     */
    ACCOUNT_USERS("Users of my account", true, false, true, Set.of(Role.PARTNER_ADMIN)),
    ACCOUNTS("Accounts", true, false, false, Set.of(Role.EMPLOYEE)),
    LEDGER("Credits ledger", true, false, false, Set.of(Role.EMPLOYEE));

    private final String label;
    private final boolean list;
    private final boolean certificates;
    private final boolean dryRun;
    private final Set<Role> roles;

    UploadKind(String label, boolean list, boolean certificates, boolean dryRun, Set<Role> roles) {
        this.label = label;
        this.list = list;
        this.certificates = certificates;
        this.dryRun = dryRun;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public boolean list() {
        return list;
    }

    /**
     * Whether a partner's upload of this kind is restricted to its own account (a kind partners may use: its run
     * registers, documents or receives only that account's items).
     */
    public boolean ownAccountOnly() {
        return roles.stream().anyMatch(r -> r != Role.EMPLOYEE);
    }

    public boolean certificates() {
        return certificates;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** The name in URLs and forms: {@code equipment}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean allowed(PortalUser user) {
        return user.hasAccess() && roles.contains(user.role());
    }

    /** The kinds {@code user} may upload on the upload page (the ledger has its own, Finance). */
    public static List<UploadKind> offeredTo(PortalUser user) {
        return Arrays.stream(values()).filter(k -> k != LEDGER && k.allowed(user)).toList();
    }

    public static Optional<UploadKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
