/**
 * Case Manager user accounts and {@code import-users}, the New User form in bulk. A row is checked by the plain
 * rules of {@link com.tmip.users.rules}; its password is hashed (bcrypt) before anything is stored, and neither
 * the plaintext nor the cells that hold it reach a table, a report, a log or a {@code toString()}. Rows that pass
 * are staged per run; once every file is read, managers are resolved across the whole import (order-independent,
 * no loops) and the users created in one transaction. The equipment job names these users as contacts.
 */
package com.tmip.users;
