package com.tmip.portal;

import com.tmip.cases.Disposition;
import com.tmip.cases.ItemState;
import com.tmip.config.TmipProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cases pages' queries: a page of an account's cases (search, filters), one case with its items and attached
 * certificates, and a certificate's bytes. Every query is limited to the account the user may see.
 */
@Component
@ConditionalOnWebApplication
public class CaseSearch {

    static final int ITEMS_PER_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int pageSize;

    public CaseSearch(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                      TmipProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.clock = clock;
        this.pageSize = properties.portal().pageSize();
    }

    /**
     * @param account     the account whose cases are listed; null for every account (Employees)
     * @param text        a case id, a reference (any part) or an item's serial; blank for all
     * @param disposition TRADE_IN or COD, or blank
     * @param state       cases with at least one item in this {@link ItemState}, or blank
     * @param overdue     cases with an item whose certificate or return is past due
     */
    public record Filter(String account, String text, String disposition, String state, boolean overdue, int page) {
    }

    /**
     * A line of the cases list.
     *
     * @param states  the items per state, as "2 AWAITING_CERTIFICATE, 1 DOCUMENTED"
     * @param nextDue the earliest due date of an item still awaiting its certificate or return, or ""
     * @param overdue whether that date has passed
     */
    public record CaseLine(String caseId, String accountId, String accountName, String disposition, String reference,
                           String createdAt, long items, String states, String nextDue, boolean overdue) {

        CaseLine(String caseId, String accountId, String accountName, String disposition, String reference,
                 String createdAt) {
            this(caseId, accountId, accountName, disposition, reference, createdAt, 0, "", "", false);
        }

        CaseLine with(Summary summary) {
            return new CaseLine(caseId, accountId, accountName, disposition, reference, createdAt, summary.items(),
                    summary.states(), summary.nextDue(), summary.overdue());
        }
    }

    /** A case's items at a glance: how many, per state, and the next due date. */
    record Summary(long items, String states, String nextDue, boolean overdue) {
        static final Summary NONE = new Summary(0, "", "", false);
    }

    public record Page(List<CaseLine> cases, int page, boolean hasNext) {
    }

    public record Item(String serial, String platform, String state, String dueDate, String orderDate,
                       String codFile, String codSha256, String registeredAt, boolean overdue) {
    }

    public record Certificate(String sha256, String fileName, long sizeBytes, String signer, String signedAt) {
    }

    public record Case(CaseLine line, String synopsis, String description, String caseType, String series,
                       boolean cloudMarketplace, List<Item> items, int itemPage, boolean moreItems,
                       List<Certificate> certificates) {
    }

    public Page search(Filter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.account() != null) {
            where.append(" AND c.account_id = ?");
            args.add(filter.account());
        }
        if (!blank(filter.disposition())) {
            where.append(" AND c.disposition = ?");
            args.add(Disposition.valueOf(filter.disposition()).name());
        }
        if (!blank(filter.text())) {
            String text = filter.text().strip();
            where.append(" AND (c.case_id = ? OR UPPER(c.reference) LIKE ? ESCAPE '!' OR EXISTS (SELECT 1 FROM"
                    + " equipment_item s WHERE s.serial = ? AND s.case_id = c.case_id))");
            args.add(text);
            args.add("%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
            args.add(text.toUpperCase(Locale.ROOT));
        }
        if (!blank(filter.state())) {
            where.append(" AND EXISTS (SELECT 1 FROM equipment_item i WHERE i.case_id = c.case_id AND i.item_state = ?)");
            args.add(ItemState.valueOf(filter.state()).name());
        }
        if (filter.overdue()) {
            where.append(" AND EXISTS (SELECT 1 FROM equipment_item o WHERE o.case_id = c.case_id AND o.due_date < ?"
                    + " AND o.item_state IN ('" + ItemState.AWAITING_CERTIFICATE + "', '" + ItemState.AWAITING_RETURN
                    + "'))");
            args.add(Date.valueOf(LocalDate.now(clock)));
        }
        int page = Math.max(0, filter.page());
        List<CaseLine> lines = jdbc.query("""
                        SELECT c.case_id, c.account_id, a.account_name, c.disposition, c.reference, c.created_at
                        FROM tmip_case c LEFT JOIN account a ON a.account_id = c.account_id""" + where
                        + " ORDER BY c.created_at DESC, c.case_id DESC LIMIT " + (pageSize + 1) + " OFFSET "
                        + (long) page * pageSize,
                (rs, i) -> new CaseLine(rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)),
                        rs.getString(4), rs.getString(5), time(rs.getTimestamp(6))), args.toArray());
        boolean hasNext = lines.size() > pageSize;
        List<CaseLine> shown = hasNext ? lines.subList(0, pageSize) : lines;
        Map<String, Summary> summaries = summaries(shown.stream().map(CaseLine::caseId).toList());
        return new Page(shown.stream().map(c -> c.with(summaries.getOrDefault(c.caseId(), Summary.NONE))).toList(),
                page, hasNext);
    }

    /** Per case: its items, per state, and the earliest due date of an open item (one query per case shown). */
    private Map<String, Summary> summaries(List<String> caseIds) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Summary> summaries = new HashMap<>();
        for (String caseId : caseIds) {
            long[] total = {0};
            List<String> states = new ArrayList<>();
            LocalDate[] due = {null};
            jdbc.query("SELECT item_state, COUNT(*), MIN(due_date) FROM equipment_item WHERE case_id = ?"
                    + " GROUP BY item_state ORDER BY item_state", rs -> {
                        String state = rs.getString(1);
                        long count = rs.getLong(2);
                        total[0] += count;
                        states.add(count + " " + state);
                        Date first = rs.getDate(3);
                        if (state != null && ItemState.valueOf(state).isOpen() && first != null
                                && (due[0] == null || first.toLocalDate().isBefore(due[0]))) {
                            due[0] = first.toLocalDate();
                        }
                    }, caseId);
            summaries.put(caseId, new Summary(total[0], String.join(", ", states),
                    due[0] == null ? "" : due[0].toString(), due[0] != null && due[0].isBefore(today)));
        }
        return summaries;
    }

    /** The case, if it exists and belongs to {@code account} (any account when null). */
    public Optional<Case> find(String caseId, String account, int itemPage) {
        List<Object[]> rows = jdbc.query("""
                        SELECT c.case_id, c.account_id, a.account_name, c.disposition, c.reference, c.created_at,
                               c.synopsis, c.description, c.case_type, c.series, c.cloud_marketplace
                        FROM tmip_case c LEFT JOIN account a ON a.account_id = c.account_id WHERE c.case_id = ?""",
                (rs, i) -> new Object[]{new CaseLine(rs.getString(1), rs.getString(2), nullToEmpty(rs.getString(3)),
                        rs.getString(4), rs.getString(5), time(rs.getTimestamp(6))), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11)}, caseId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CaseLine line = (CaseLine) rows.get(0)[0];
        if (account != null && !account.equals(line.accountId())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        int page = Math.max(0, itemPage);
        List<Item> items = jdbc.query("""
                        SELECT serial, platform, item_state, due_date, order_date, cod_file, cod_sha256, registered_at
                        FROM equipment_item WHERE case_id = ? ORDER BY serial LIMIT """ + " " + (ITEMS_PER_PAGE + 1)
                        + " OFFSET " + (long) page * ITEMS_PER_PAGE,
                (rs, i) -> {
                    Date due = rs.getDate(4);
                    String state = rs.getString(3);
                    boolean open = state != null && ItemState.valueOf(state).isOpen();
                    return new Item(rs.getString(1), rs.getString(2), state, due == null ? "" : due.toString(),
                            rs.getDate(5) == null ? "" : rs.getDate(5).toString(), nullToEmpty(rs.getString(6)),
                            rs.getString(7), time(rs.getTimestamp(8)),
                            open && due != null && due.toLocalDate().isBefore(today));
                }, caseId);
        boolean more = items.size() > ITEMS_PER_PAGE;
        List<Certificate> certificates = jdbc.query("""
                        SELECT sha256, file_name, size_bytes, signer_subject, signing_time FROM cod_attachment
                        WHERE sha256 IN (SELECT cod_sha256 FROM equipment_item WHERE case_id = ?) ORDER BY file_name""",
                (rs, i) -> new Certificate(rs.getString(1).strip(), rs.getString(2), rs.getLong(3), rs.getString(4),
                        time(rs.getTimestamp(5))), caseId);
        Summary summary = summaries(List.of(caseId)).get(caseId);
        Object[] row = rows.get(0);
        return Optional.of(new Case(line.with(summary), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (Boolean) row[5], more ? items.subList(0, ITEMS_PER_PAGE) : items,
                page, more, certificates));
    }

    /** The certificate's file name and content type, if it is attached to an item of {@code caseId}. */
    public Optional<String[]> certificate(String caseId, String sha256) {
        return jdbc.query("""
                        SELECT file_name, content_type FROM cod_attachment WHERE sha256 = ? AND EXISTS (SELECT 1 FROM
                        equipment_item WHERE case_id = ? AND cod_sha256 = ?)""",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, sha256, caseId, sha256).stream()
                .findFirst();
    }

    /** Copies the certificate's bytes to {@code out}, streamed from the database. */
    public void copyCertificate(String sha256, OutputStream out) {
        transactions.executeWithoutResult(status -> jdbc.query("SELECT content FROM cod_attachment WHERE sha256 = ?",
                rs -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, sha256));
    }

    public int pageSize() {
        return pageSize;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String time(Timestamp t) {
        return t == null ? "" : t.toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
