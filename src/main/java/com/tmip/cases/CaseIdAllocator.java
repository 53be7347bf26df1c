package com.tmip.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands out case IDs {@code YYYY-MMDD-NNNN} from the per-day counter in {@code case_day_counter}. The counter row
 * is updated inside the caller's transaction, which locks it until commit: two runs at the same time get
 * disjoint blocks, and a rolled-back chunk gives its numbers back. The sequence widens past 9999. The first
 * case of a day inserts the row; two runs racing for that insert get a duplicate key, which
 * {@link CaseStore#openOrFind} retries.
 */
@Component
public class CaseIdAllocator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MMdd");

    private final JdbcTemplate jdbc;

    public CaseIdAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} new IDs for {@code day}, in increasing order. Must run in a transaction. */
    public List<String> allocate(LocalDate day, int count) {
        if (count == 0) {
            return List.of();
        }
        if (jdbc.update("UPDATE case_day_counter SET last_seq = last_seq + ? WHERE day = ?", count, day) == 0) {
            jdbc.update("INSERT INTO case_day_counter (day, last_seq) VALUES (?, ?)", day, count);
        }
        Integer last = jdbc.queryForObject("SELECT last_seq FROM case_day_counter WHERE day = ?", Integer.class, day);
        List<String> ids = new ArrayList<>(count);
        for (int seq = last - count + 1; seq <= last; seq++) {
            ids.add(format(day, seq));
        }
        return ids;
    }

    static String format(LocalDate day, int seq) {
        return DAY.format(day) + "-" + String.format("%04d", seq);
    }
}
