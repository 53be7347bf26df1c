package com.tmip.reference;

/** Where the known usernames come from: a fresh {@link UserDirectory} for each run. */
public interface UserDirectorySource {

    /** The usernames as they are now. */
    UserDirectory snapshot();
}
