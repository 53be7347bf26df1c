package com.tmip.portal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/**
 * A signed-in portal user: the {@code app_user} row's username, role and account. The bcrypt hash is held only
 * until the password has been checked ({@link #eraseCredentials()}) and never shown, logged or serialised in text.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final Role role;
    private final String accountId;
    private final String accountName;

    /**
     * @param role      null when the stored role is none the portal knows
     * @param accountId the user's account, or null
     */
    public PortalUser(String username, String passwordHash, Role role, String accountId, String accountName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.accountId = accountId;
        this.accountName = accountName;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public Role role() {
        return role;
    }

    public String accountId() {
        return accountId;
    }

    public String accountName() {
        return accountName;
    }

    public boolean isEmployee() {
        return role == Role.EMPLOYEE;
    }

    /** Whether the user may see anything: an Employee, or a known role with an account. */
    public boolean hasAccess() {
        return role == Role.EMPLOYEE || (role != null && accountId != null);
    }

    /** Whether this user may see what belongs to {@code account} (null: not tied to an account, Employees only). */
    public boolean canSee(String account) {
        if (isEmployee()) {
            return true;
        }
        return hasAccess() && account != null && account.equals(accountId);
    }

    /** The account this user's uploads register for: theirs, or null (any known account) for an Employee. */
    public String uploadAccount() {
        return isEmployee() ? null : accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (!hasAccess()) {
            return List.of(new SimpleGrantedAuthority("ROLE_NO_ACCESS"));
        }
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + ", " + accountId + "]";
    }
}
