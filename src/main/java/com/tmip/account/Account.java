package com.tmip.account;

/** A known customer account that equipment rows must match. */
public record Account(String accountId, String accountName) {
}
