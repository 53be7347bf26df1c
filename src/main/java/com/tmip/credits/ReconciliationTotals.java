package com.tmip.credits;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts and amount totals of a reconciliation, accumulated line by line as the reports stream: per outcome, per
 * (outcome, currency) and per (account, currency, outcome). Its size is bounded by the known accounts, not by the
 * ledger: lines that name no known account count under {@value #UNKNOWN_ACCOUNT}.
 */
public final class ReconciliationTotals {

    public static final String UNKNOWN_ACCOUNT = "(no known account)";
    /** The currency key of registered items, which carry no amount. */
    public static final String NO_CURRENCY = "";

    private final Map<ReconciliationOutcome, Long> counts = new EnumMap<>(ReconciliationOutcome.class);
    private final Map<String, Map<ReconciliationOutcome, Sum>> byCurrency = new TreeMap<>();
    private final Map<AccountKey, Sum> byAccount = new TreeMap<>();
    private final Map<String, Sum> ledger = new TreeMap<>();

    public ReconciliationTotals() {
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            counts.put(outcome, 0L);
        }
    }

    public void add(ReconciliationLine line) {
        counts.merge(line.outcome(), 1L, Long::sum);
        String currency = line.currency() == null ? NO_CURRENCY : line.currency();
        BigDecimal amount = line.amount() == null ? BigDecimal.ZERO : line.amount();
        byCurrency.computeIfAbsent(currency, c -> new EnumMap<>(ReconciliationOutcome.class))
                .computeIfAbsent(line.outcome(), o -> new Sum()).add(amount);
        byAccount.computeIfAbsent(new AccountKey(line.totalsAccount(), currency, line.outcome()), k -> new Sum())
                .add(amount);
    }

    /** The ledger's own total of a currency, summed by the database independently of the outcomes. */
    public void ledgerTotal(String currency, long lines, BigDecimal amount) {
        Sum sum = ledger.computeIfAbsent(currency, c -> new Sum());
        sum.count += lines;
        sum.amount = sum.amount.add(amount);
    }

    public Map<ReconciliationOutcome, Long> counts() {
        return Map.copyOf(counts);
    }

    public long count(ReconciliationOutcome outcome) {
        return counts.get(outcome);
    }

    /** Currencies of the ledger lines, sorted. */
    public List<String> currencies() {
        return byCurrency.keySet().stream().filter(c -> !c.equals(NO_CURRENCY)).toList();
    }

    public BigDecimal sum(String currency, ReconciliationOutcome outcome) {
        Sum sum = byCurrency.getOrDefault(currency, Map.of()).get(outcome);
        return sum == null ? BigDecimal.ZERO : sum.amount;
    }

    public long count(String currency, ReconciliationOutcome outcome) {
        Sum sum = byCurrency.getOrDefault(currency, Map.of()).get(outcome);
        return sum == null ? 0 : sum.count;
    }

    /** The ledger lines of a currency, over all outcomes. */
    public long lines(String currency) {
        return byCurrency.getOrDefault(currency, Map.of()).values().stream().mapToLong(s -> s.count).sum();
    }

    /** The sum over all outcomes of a currency. */
    public BigDecimal outcomesTotal(String currency) {
        return byCurrency.getOrDefault(currency, Map.of()).values().stream().map(s -> s.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal ledgerTotal(String currency) {
        Sum sum = ledger.get(currency);
        return sum == null ? BigDecimal.ZERO : sum.amount;
    }

    /** True when, for every currency, the ledger's total equals the sum over outcomes (and the line counts too). */
    public boolean balanced() {
        long ledgerLines = ledger.values().stream().mapToLong(s -> s.count).sum();
        long outcomeLines = counts.entrySet().stream().filter(e -> e.getKey().ofLedgerLine())
                .mapToLong(Map.Entry::getValue).sum();
        return ledgerLines == outcomeLines
                && ledger.keySet().equals(new TreeSet<>(currencies()))
                && ledger.keySet().stream().allMatch(c -> ledgerTotal(c).compareTo(outcomesTotal(c)) == 0);
    }

    /** Lines per (account, currency, outcome), sorted. */
    public Map<AccountKey, Sum> byAccount() {
        return byAccount;
    }

    /** Everything summary.json shows about the reconciliation. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ledger_lines", counts.entrySet().stream().filter(e -> e.getKey().ofLedgerLine())
                .mapToLong(Map.Entry::getValue).sum());
        json.put("uncredited_items", count(ReconciliationOutcome.NOT_CREDITED)
                + count(ReconciliationOutcome.DOCUMENTATION_OVERDUE));
        Map<String, Long> outcomes = new LinkedHashMap<>();
        counts.forEach((o, n) -> outcomes.put(o.name(), n));
        json.put("outcomes", outcomes);
        Map<String, Object> amounts = new LinkedHashMap<>();
        for (String currency : ledger.keySet()) {
            Map<String, Object> perCurrency = new LinkedHashMap<>();
            perCurrency.put("ledger_lines", ledger.get(currency).count);
            perCurrency.put("ledger_total", ledgerTotal(currency).toPlainString());
            Map<String, Object> byOutcome = new LinkedHashMap<>();
            byCurrency.getOrDefault(currency, Map.of()).forEach((o, s) -> byOutcome.put(o.name(),
                    Map.of("count", s.count, "amount", s.amount.toPlainString())));
            perCurrency.put("by_outcome", byOutcome);
            perCurrency.put("outcomes_total", outcomesTotal(currency).toPlainString());
            amounts.put(currency, perCurrency);
        }
        json.put("amounts", amounts);
        json.put("balanced", balanced());
        json.put("by_account", byAccount.entrySet().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account_id", e.getKey().account());
            row.put("currency", e.getKey().currency());
            row.put("outcome", e.getKey().outcome().name());
            row.put("count", e.getValue().count);
            row.put("amount", e.getKey().currency().equals(NO_CURRENCY) ? null : e.getValue().amount.toPlainString());
            return row;
        }).toList());
        return json;
    }

    /** A count and an exact amount. */
    public static final class Sum {
        private long count;
        private BigDecimal amount = BigDecimal.ZERO;

        void add(BigDecimal value) {
            count++;
            amount = amount.add(value);
        }

        public long count() {
            return count;
        }

        public BigDecimal amount() {
            return amount;
        }
    }

    /** (account, currency, outcome), sorted in that order. */
    public record AccountKey(String account, String currency, ReconciliationOutcome outcome)
            implements Comparable<AccountKey> {

        @Override
        public int compareTo(AccountKey other) {
            int c = account.compareTo(other.account);
            if (c == 0) {
                c = currency.compareTo(other.currency);
            }
            return c != 0 ? c : outcome.compareTo(other.outcome);
        }
    }
}
