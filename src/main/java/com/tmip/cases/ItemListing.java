package com.tmip.cases;

import com.tmip.account.Account;
import com.tmip.account.AccountStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code items}, the query side: the registered items a filter selects, in serial order, handed over one at a time
 * from a streamed query (fetch size {@value #FETCH_SIZE}, in a read-only transaction: PostgreSQL streams only
 * inside one), so a listing of a million items holds one fetch in memory, not the million. "Today", for
 * {@code --overdue}, is the application's clock ({@code tmip.today} when set).
 */
@Service
public class ItemListing {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final AccountStore accounts;
    private final Clock clock;

    public ItemListing(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AccountStore accounts,
                       Clock clock) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The id of the one account {@code nameOrId} names (by id, else by name, as equipment rows do), or empty. */
    public Optional<String> accountId(String nameOrId) {
        return accounts.directory().find(nameOrId).map(Account::accountId);
    }

    /** Whether a case has this id. */
    public boolean caseExists(String caseId) {
        Long count = streaming.queryForObject("SELECT COUNT(*) FROM tmip_case WHERE case_id = ?", Long.class, caseId);
        return count != null && count > 0;
    }

    /**
     * Hands each selected item to {@code each}, in serial order; returns how many.
     *
     * @param accountId the account the filter's {@code account} named ({@link #accountId}); null for any
     */
    public long forEach(ItemFilter filter, String accountId, Consumer<ItemLine> each) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder sql = new StringBuilder("""
                SELECT i.serial, i.case_id, c.account_id, i.platform, i.disposition, i.item_state, i.due_date,
                       i.received_on, i.return_reference
                FROM equipment_item i LEFT JOIN tmip_case c ON c.case_id = i.case_id
                WHERE 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (filter.state() != null) {
            sql.append(" AND i.item_state = ?");
            args.add(filter.state().name());
        }
        if (filter.overdue()) {
            sql.append(" AND i.item_state IN (?, ?) AND i.due_date < ?");
            args.add(ItemState.AWAITING_CERTIFICATE.name());
            args.add(ItemState.AWAITING_RETURN.name());
            args.add(Date.valueOf(today));
        }
        if (accountId != null) {
            sql.append(" AND c.account_id = ?");
            args.add(accountId);
        }
        if (filter.caseId() != null) {
            sql.append(" AND i.case_id = ?");
            args.add(filter.caseId());
        }
        sql.append(" ORDER BY i.serial");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        long[] count = new long[1];
        readOnly.executeWithoutResult(status -> streaming.query(sql.toString(), rs -> {
            ItemState state = ItemState.valueOf(rs.getString(6));
            Date due = rs.getDate(7);
            Date received = rs.getDate(8);
            each.accept(new ItemLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), state, due == null ? null : due.toLocalDate(),
                    received == null ? null : received.toLocalDate(), rs.getString(9),
                    isOverdue(state, due, today)));
            count[0]++;
        }, args.toArray()));
        return count[0];
    }

    /** An item is overdue while it still waits for its certificate or return and its due date is before today. */
    static boolean isOverdue(ItemState state, Date due, LocalDate today) {
        return state.isOpen() && due != null && due.toLocalDate().isBefore(today);
    }
}
