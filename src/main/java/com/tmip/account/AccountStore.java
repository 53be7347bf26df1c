package com.tmip.account;

import com.tmip.db.KeyLookup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The known accounts in the {@code account} table. */
@Repository
public class AccountStore {

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;

    public AccountStore(JdbcTemplate jdbc, KeyLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    /** All known accounts, for matching rows in memory (there are thousands, not millions). */
    public AccountDirectory directory() {
        return new AccountDirectory(jdbc.query("SELECT account_id, account_name FROM account",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2))));
    }

    /** All known accounts ordered by name, for the drop-down lists of the Excel templates. */
    public List<Account> all() {
        return jdbc.query("SELECT account_id, account_name FROM account ORDER BY account_name, account_id",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2)));
    }

    /** Ids among {@code ids} that this run has already written. */
    public List<String> writtenByRun(String runId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        lookup.forEach(KeyLookup.Query.of("account_id", "account", "account_id").and("run_id = ?", runId), ids,
                rs -> {
                    written.add(rs.getString(1));
                });
        return written;
    }

    /** Inserts or updates each account by id. */
    public void upsert(String runId, List<Account> accounts, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        for (Account account : accounts) {
            if (jdbc.update("UPDATE account SET account_name = ?, updated_at = ?, run_id = ? WHERE account_id = ?",
                    account.accountName(), at, runId, account.accountId()) == 0) {
                jdbc.update("INSERT INTO account (account_id, account_name, updated_at, run_id) VALUES (?, ?, ?, ?)",
                        account.accountId(), account.accountName(), at, runId);
            }
        }
    }
}
