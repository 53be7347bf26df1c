/** Case Manager user accounts: the usernames that equipment rows may name as their contact. */
package com.tmip.users;
