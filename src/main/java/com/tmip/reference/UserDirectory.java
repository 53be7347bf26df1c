package com.tmip.reference;

import java.util.Optional;

/** The known Case Manager usernames. */
public interface UserDirectory {

    /** The username as stored, matched without regard to case, or empty. */
    Optional<String> find(String username);
}
