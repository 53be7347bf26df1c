/**
 * The known customer accounts that equipment rows must name. {@link com.tmip.account.AccountDirectory} matches
 * what a partner wrote against account ids and names without regard to case, spacing, punctuation or accents,
 * refuses a name that fits several accounts, and suggests the nearest name when nothing matches. Plain classes,
 * no Spring and no database: the import job loads the accounts and builds the directory.
 */
package com.tmip.account;
