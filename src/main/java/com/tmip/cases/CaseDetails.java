package com.tmip.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code cases show CASE_ID}, the query side: a case's fixed values and item counts, its items in serial order
 * (streamed), and its attachments: the distinct verified Certificates of Destruction its items point at. Every
 * query goes through the {@code equipment_item (case_id)} index, so a case costs what its own items cost, however
 * many items are registered.
 */
@Repository
public class CaseDetails {

    /** A case's fixed values, the account's name (null when the account is not known) and its items per state. */
    public record CaseFacts(String caseId, String accountId, String accountName, String disposition, String reference,
                            String synopsis, String description, String caseType, String series,
                            boolean cloudMarketplace, LocalDateTime createdAt, String createdRunId,
                            Map<ItemState, Long> itemsByState, long overdue) {

        public long items() {
            return itemsByState.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A verified certificate attached to a case through its items. */
    public record Attachment(String fileName, String sha256, String signer, LocalDateTime signingTime,
                             String verification) {
    }

    private final JdbcTemplate jdbc;
    private final ItemListing items;
    private final Clock clock;

    public CaseDetails(JdbcTemplate jdbc, ItemListing items, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.clock = clock;
    }

    /** The case, or empty when no case has that id. */
    public Optional<CaseFacts> find(String caseId) {
        List<CaseFacts> found = jdbc.query("""
                        SELECT c.case_id, c.account_id, a.account_name, c.disposition, c.reference, c.synopsis,
                               c.description, c.case_type, c.series, c.cloud_marketplace, c.created_at, c.created_run_id
                        FROM tmip_case c LEFT JOIN account a ON a.account_id = c.account_id WHERE c.case_id = ?""",
                (rs, i) -> new CaseFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), rs.getTimestamp(11).toLocalDateTime(), rs.getString(12), Map.of(), 0),
                caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFacts facts = found.get(0);
        Map<ItemState, Long> byState = new EnumMap<>(ItemState.class);
        long[] overdue = new long[1];
        LocalDate today = LocalDate.now(clock);
        jdbc.query("SELECT item_state, due_date, COUNT(*) FROM equipment_item WHERE case_id = ? GROUP BY item_state, due_date",
                rs -> {
                    ItemState state = ItemState.valueOf(rs.getString(1));
                    byState.merge(state, rs.getLong(3), Long::sum);
                    if (ItemListing.isOverdue(state, rs.getDate(2), today)) {
                        overdue[0] += rs.getLong(3);
                    }
                }, caseId);
        return Optional.of(new CaseFacts(facts.caseId(), facts.accountId(), facts.accountName(), facts.disposition(),
                facts.reference(), facts.synopsis(), facts.description(), facts.caseType(), facts.series(),
                facts.cloudMarketplace(), facts.createdAt(), facts.createdRunId(), byState, overdue[0]));
    }

    /** Hands the case's items to {@code each} in serial order, without holding them in memory. */
    public long forEachItem(String caseId, Consumer<ItemLine> each) {
        return items.forEach(new ItemFilter(null, false, null, caseId, 0), null, each);
    }

    /**
     * The distinct verified certificates (VERIFIED or VERIFIED_NO_TEXT in {@code cod_attachment}) that the case's
     * items point at, by signing time.
     */
    public List<Attachment> attachments(String caseId) {
        return jdbc.query("""
                        SELECT a.file_name, a.sha256, a.signer_subject, a.signing_time, a.verification
                        FROM cod_attachment a
                        WHERE a.sha256 IN (SELECT i.cod_sha256 FROM equipment_item i
                                           WHERE i.case_id = ? AND i.cod_sha256 IS NOT NULL)
                          AND a.verification IN ('VERIFIED', 'VERIFIED_NO_TEXT')
                        ORDER BY a.signing_time, a.file_name, a.sha256""",
                (rs, i) -> new Attachment(rs.getString(1), rs.getString(2).trim(), rs.getString(3),
                        time(rs.getTimestamp(4)), rs.getString(5)), caseId);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
