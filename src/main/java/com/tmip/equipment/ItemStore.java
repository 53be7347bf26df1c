package com.tmip.equipment;

import com.tmip.cases.ItemState;
import com.tmip.config.TmipProperties;
import com.tmip.db.CopyIn;
import com.tmip.db.KeyLookup;
import com.tmip.db.Vendor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registered items ({@code equipment_item}, where the serial is the primary key: one serial is registered
 * once, ever; a COD item points at its verified CoD in {@code cod_attachment} by {@code cod_sha256}) and what a
 * dry run would register ({@code dry_run_item}).
 */
@Repository
public class ItemStore {

    /** Where a serial is already held: its case (null for a dry run's new case) and the run, file and row. */
    public record Holder(String caseId, String runId, int fileNo, int rowNo) {
    }

    private static final KeyLookup.Query REGISTERED =
            KeyLookup.Query.of("serial, case_id, run_id, file_no, row_no", "equipment_item", "serial");
    private static final KeyLookup.Query DRY_RUN =
            KeyLookup.Query.of("serial, case_id, run_id, file_no, row_no", "dry_run_item", "serial");

    /** What a registered item was registered from, to tell a file delivered again from a changed one. */
    private static final KeyLookup.Query REGISTERED_VALUES = KeyLookup.Query.join("i.serial, c.account_id,"
            + " c.disposition, c.reference, i.platform, i.cod_file, i.order_date, i.contact, i.run_id",
            "equipment_item i JOIN tmip_case c ON c.case_id = i.case_id", "i.serial");

    private static final String ITEM_COLUMNS = "serial, case_id, platform, disposition, cod_file, order_date, contact,"
            + " run_id, file_no, row_no, registered_at, cod_sha256, cod_warning, item_state, due_date,"
            + " documented_at, documented_run_id";

    private final JdbcTemplate jdbc;
    private final KeyLookup lookup;
    private final Vendor vendor;
    private final CopyIn copyIn;
    private final Period deadline;
    private final Clock clock;

    public ItemStore(JdbcTemplate jdbc, KeyLookup lookup, Vendor vendor, CopyIn copyIn, TmipProperties properties,
                     Clock clock) {
        this.deadline = properties.documentationDeadline();
        this.clock = clock;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.vendor = vendor;
        this.copyIn = copyIn;
    }

    /** The holders of those serials that are registered (or, in a dry run, that this run would register). */
    public Map<String, Holder> holders(Collection<String> serials, String dryRunId) {
        Map<String, Holder> holders = new HashMap<>();
        if (serials.isEmpty()) {
            return holders;
        }
        RowCallbackHandler holder = rs -> {
            holders.putIfAbsent(rs.getString(1), new Holder(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        };
        lookup.forEach(REGISTERED, serials, holder);
        if (dryRunId != null) {
            lookup.forEach(DRY_RUN.and("run_id = ?", dryRunId), serials, holder);
        }
        return holders;
    }

    /**
     * Of those serials, the registered ones whose item holds exactly what {@code rows} would register (account,
     * disposition, reference, platform, CoD file, order date, contact), each with the run that registered it: the
     * rows of a file delivered again. A serial held for another account, or with any other value, is not among them.
     */
    public Map<String, String> sameAsRegistered(Map<String, Registration> rows) {
        Map<String, String> same = new HashMap<>();
        if (rows.isEmpty()) {
            return same;
        }
        lookup.forEach(REGISTERED_VALUES, rows.keySet(), rs -> {
            Registration r = rows.get(rs.getString(1));
            Date orderDate = rs.getDate(7);
            if (r != null && r.accountId().equals(rs.getString(2)) && r.disposition().name().equals(rs.getString(3))
                    && Objects.equals(emptyIfNull(r.reference()), emptyIfNull(rs.getString(4)))
                    && Objects.equals(r.platform(), rs.getString(5)) && Objects.equals(r.codFile(), rs.getString(6))
                    && Objects.equals(r.orderDate(), orderDate == null ? null : orderDate.toLocalDate())
                    && Objects.equals(r.contact(), rs.getString(8))) {
                same.put(rs.getString(1), rs.getString(9));
            }
        });
        return same;
    }

    private static String emptyIfNull(String value) {
        return value == null ? "" : value;
    }

    public void register(String runId, int fileNo, List<Registration> items, Map<Registration, String> caseIds,
                         LocalDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.valueOf(now);
        List<Object[]> rows = items.stream().map(r -> {
            ItemState state = state(r);
            boolean documented = state == ItemState.DOCUMENTED;
            return new Object[]{r.serial(), caseIds.get(r), r.platform(), r.disposition().name(), r.codFile(), date(r),
                    r.contact(), runId, fileNo, r.rowNumber(), at, r.codSha256(), r.codWarning(), state.name(),
                    Date.valueOf(dueDate(r, now.toLocalDate())), documented ? at : null, documented ? runId : null};
        }).toList();
        if (vendor.isPostgres()) {
            copyIn.copy("equipment_item", ITEM_COLUMNS, rows);
        } else {
            jdbc.batchUpdate("INSERT INTO equipment_item (" + ITEM_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    public void registerDry(String runId, int fileNo, List<Registration> items, Map<Registration, String> caseIds) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        INSERT INTO dry_run_item (run_id, serial, case_id, account_id, disposition, reference, platform,
                                                  cod_file, order_date, contact, file_no, row_no, cod_sha256,
                                                  cod_warning, item_state, due_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                items.stream().map(r -> new Object[]{runId, r.serial(), caseIds.get(r), r.accountId(),
                        r.disposition().name(), r.reference(), r.platform(), r.codFile(), date(r), r.contact(), fileNo,
                        r.rowNumber(), r.codSha256(), r.codWarning(), state(r).name(),
                        Date.valueOf(dueDate(r, LocalDate.now(clock)))}).toList());
    }

    /** The state a registered item starts in: a COD item with a verified certificate is documented. */
    static ItemState state(Registration r) {
        return ItemState.initial(r.disposition(), r.codSha256() != null);
    }

    /** When the item's certificate or return is due: its order date (or, without one, the day it is registered) plus
     *  the documentation deadline. */
    LocalDate dueDate(Registration r, LocalDate registeredOn) {
        return (r.orderDate() == null ? registeredOn : r.orderDate()).plus(deadline);
    }

    private static Date date(Registration r) {
        return r.orderDate() == null ? null : Date.valueOf(r.orderDate());
    }
}
