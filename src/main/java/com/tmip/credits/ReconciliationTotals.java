package com.tmip.credits;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts and amount totals of a reconciliation, accumulated line by line as the reports stream: per outcome, per
 * (currency, outcome) and per (account, currency, outcome). A ledger line counts under its currency with its amount
 * (a rejected line too, under the key {@link CreditParser#currencyKey} gives it; an amount that does not read as a
 * number is counted apart, as "not a number"); an uncredited item counts under its expected credit's currency with
 * that credit, the amount it is still owed ({@value #NO_RATE} with no amount when the rate table does not list its
 * platform). Its size is bounded by the known accounts and currencies, not by the ledger: lines that name no known
 * account count under {@value #UNKNOWN_ACCOUNT}.
 */
public final class ReconciliationTotals {

    public static final String UNKNOWN_ACCOUNT = "(no known account)";
    /** The currency key of uncredited items whose platform has no credit rate: their credit is unknown. */
    public static final String NO_RATE = "(no rate)";

    private final Map<ReconciliationOutcome, Long> counts = new EnumMap<>(ReconciliationOutcome.class);
    private final Map<String, Map<ReconciliationOutcome, Sum>> byCurrency = new TreeMap<>();
    private final Map<AccountKey, Sum> byAccount = new TreeMap<>();
    private final Map<String, Sum> ledger = new TreeMap<>();
    private final Map<String, String> accountNames = new TreeMap<>();

    public ReconciliationTotals() {
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            counts.put(outcome, 0L);
        }
    }

    public void add(ReconciliationLine line) {
        String currency;
        BigDecimal amount;
        if (line.fromLedger()) {
            currency = line.currency();
            amount = line.amount();
        } else {
            currency = line.expected() == null ? NO_RATE : line.expected().currency();
            amount = line.expected() == null ? BigDecimal.ZERO : line.expected().amount();
        }
        add(line.totalsAccount(), currency, line.outcome(), 1, amount == null ? BigDecimal.ZERO : amount,
                amount == null ? 1 : 0);
    }

    /** Adds {@code lines} lines of one account, currency and outcome ({@code notANumber} of them without amount). */
    void add(String account, String currency, ReconciliationOutcome outcome, long lines, BigDecimal amount,
             long notANumber) {
        counts.merge(outcome, lines, Long::sum);
        byCurrency.computeIfAbsent(currency, c -> new EnumMap<>(ReconciliationOutcome.class))
                .computeIfAbsent(outcome, o -> new Sum()).add(lines, amount, notANumber);
        byAccount.computeIfAbsent(new AccountKey(account, currency, outcome), k -> new Sum())
                .add(lines, amount, notANumber);
    }

    /**
     * The ledger's own lines of a currency, counted and summed by the database independently of the outcomes:
     * {@code notANumber} of them have an amount that does not read as a number (not in {@code amount}).
     */
    public void ledgerTotal(String currency, long lines, long notANumber, BigDecimal amount) {
        ledger.computeIfAbsent(currency, c -> new Sum()).add(lines, amount, notANumber);
    }

    /** The names of the accounts the totals name (by id), for the summaries. */
    public void accountNames(Map<String, String> names) {
        accountNames.putAll(names);
    }

    /** The account's name, or "" when it is not a known account. */
    public String accountName(String accountId) {
        return accountNames.getOrDefault(accountId, "");
    }

    /** The accounts the totals count lines or items under. */
    public Set<String> accounts() {
        Set<String> accounts = new TreeSet<>();
        byAccount.keySet().forEach(k -> accounts.add(k.account()));
        return accounts;
    }

    public Map<ReconciliationOutcome, Long> counts() {
        return Map.copyOf(counts);
    }

    public long count(ReconciliationOutcome outcome) {
        return counts.get(outcome);
    }

    /** All ledger lines, over all outcomes (rejected ones included). */
    public long ledgerLines() {
        return counts.entrySet().stream().filter(e -> e.getKey().ofLedgerLine()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Currencies of the ledger lines (as the outcomes or the database count them), sorted. */
    public List<String> currencies() {
        Set<String> currencies = new TreeSet<>(ledger.keySet());
        byCurrency.forEach((currency, outcomes) -> {
            if (outcomes.keySet().stream().anyMatch(ReconciliationOutcome::ofLedgerLine)) {
                currencies.add(currency);
            }
        });
        return List.copyOf(currencies);
    }

    /** Currencies of the uncredited items' expected credits ({@value #NO_RATE} last when some have none), sorted. */
    public List<String> owedCurrencies() {
        return byCurrency.entrySet().stream()
                .filter(e -> e.getValue().keySet().stream().anyMatch(o -> !o.ofLedgerLine()))
                .map(Map.Entry::getKey).sorted((a, b) -> a.equals(NO_RATE) ? 1 : b.equals(NO_RATE) ? -1
                        : a.compareTo(b)).toList();
    }

    public BigDecimal sum(String currency, ReconciliationOutcome outcome) {
        Sum sum = byCurrency.getOrDefault(currency, Map.of()).get(outcome);
        return sum == null ? BigDecimal.ZERO : sum.amount;
    }

    public long count(String currency, ReconciliationOutcome outcome) {
        Sum sum = byCurrency.getOrDefault(currency, Map.of()).get(outcome);
        return sum == null ? 0 : sum.count;
    }

    /** Lines of an outcome and currency whose amount is not a number. */
    public long notANumber(String currency, ReconciliationOutcome outcome) {
        Sum sum = byCurrency.getOrDefault(currency, Map.of()).get(outcome);
        return sum == null ? 0 : sum.notANumber;
    }

    /** The ledger lines of a currency, over all outcomes. */
    public long lines(String currency) {
        return ledgerSums(currency).mapToLong(s -> s.count).sum();
    }

    /** The sum over all outcomes of a currency's ledger lines. */
    public BigDecimal outcomesTotal(String currency) {
        return ledgerSums(currency).map(s -> s.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The ledger lines of a currency, over all outcomes, whose amount is not a number. */
    public long outcomesNotANumber(String currency) {
        return ledgerSums(currency).mapToLong(s -> s.notANumber).sum();
    }

    private java.util.stream.Stream<Sum> ledgerSums(String currency) {
        return byCurrency.getOrDefault(currency, Map.of()).entrySet().stream().filter(e -> e.getKey().ofLedgerLine())
                .map(Map.Entry::getValue);
    }

    /** The database's total of the currency's ledger lines. */
    public BigDecimal ledgerTotal(String currency) {
        Sum sum = ledger.get(currency);
        return sum == null ? BigDecimal.ZERO : sum.amount;
    }

    /** The database's count of the currency's ledger lines. */
    public long ledgerLines(String currency) {
        Sum sum = ledger.get(currency);
        return sum == null ? 0 : sum.count;
    }

    /** The database's count of the currency's ledger lines whose amount is not a number. */
    public long ledgerNotANumber(String currency) {
        Sum sum = ledger.get(currency);
        return sum == null ? 0 : sum.notANumber;
    }

    /** True when the database's lines, amounts not a number and total of the currency equal the outcomes'. */
    public boolean balanced(String currency) {
        return ledgerLines(currency) == lines(currency) && ledgerNotANumber(currency) == outcomesNotANumber(currency)
                && ledgerTotal(currency).compareTo(outcomesTotal(currency)) == 0;
    }

    /** True when every currency balances. */
    public boolean balanced() {
        return currencies().stream().allMatch(this::balanced);
    }

    /** The expected credit still owed in a currency: of every registered item that no credit covers. */
    public BigDecimal owed(String currency) {
        return sum(currency, ReconciliationOutcome.NOT_CREDITED)
                .add(sum(currency, ReconciliationOutcome.DOCUMENTATION_OVERDUE));
    }

    /** The uncredited items whose expected credit is in a currency. */
    public long owedItems(String currency) {
        return count(currency, ReconciliationOutcome.NOT_CREDITED)
                + count(currency, ReconciliationOutcome.DOCUMENTATION_OVERDUE);
    }

    /** The database's own lines, amounts not a number and total per currency. */
    Map<String, Sum> ledgerSums() {
        return ledger;
    }

    /** Lines per (account, currency, outcome), sorted. */
    public Map<AccountKey, Sum> byAccount() {
        return byAccount;
    }

    /** What is owed per (account, currency), sorted: the uncredited items, their expected credit, the overdue part. */
    public Map<OwedKey, Owed> owedByAccount() {
        Map<OwedKey, Owed> owed = new TreeMap<>();
        byAccount.forEach((key, sum) -> {
            if (!key.outcome().ofLedgerLine()) {
                Owed o = owed.computeIfAbsent(new OwedKey(key.account(), key.currency()), k -> new Owed());
                o.items += sum.count;
                o.amount = o.amount.add(sum.amount);
                boolean overdue = key.outcome() == ReconciliationOutcome.DOCUMENTATION_OVERDUE;
                o.overdueItems += overdue ? sum.count : 0;
                // a zero keeps the currency's decimals: 0.00
                o.overdueAmount = o.overdueAmount.add(overdue ? sum.amount : BigDecimal.ZERO.setScale(sum.amount.scale()));
            }
        });
        return owed;
    }

    /** Everything summary.json shows about the reconciliation. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ledger_lines", ledgerLines());
        json.put("uncredited_items", count(ReconciliationOutcome.NOT_CREDITED)
                + count(ReconciliationOutcome.DOCUMENTATION_OVERDUE));
        Map<String, Long> outcomes = new LinkedHashMap<>();
        counts.forEach((o, n) -> outcomes.put(o.name(), n));
        json.put("outcomes", outcomes);
        Map<String, Object> amounts = new LinkedHashMap<>();
        for (String currency : currencies()) {
            Map<String, Object> perCurrency = new LinkedHashMap<>();
            perCurrency.put("ledger_lines", ledgerLines(currency));
            perCurrency.put("ledger_total", ledgerTotal(currency).toPlainString());
            perCurrency.put("amounts_not_a_number", ledgerNotANumber(currency));
            Map<String, Object> byOutcome = new LinkedHashMap<>();
            byCurrency.getOrDefault(currency, Map.of()).forEach((o, s) -> {
                if (o.ofLedgerLine()) {
                    byOutcome.put(o.name(), s.toJson());
                }
            });
            perCurrency.put("by_outcome", byOutcome);
            perCurrency.put("outcomes_lines", lines(currency));
            perCurrency.put("outcomes_total", outcomesTotal(currency).toPlainString());
            perCurrency.put("outcomes_not_a_number", outcomesNotANumber(currency));
            perCurrency.put("balanced", balanced(currency));
            amounts.put(currency, perCurrency);
        }
        json.put("amounts", amounts);
        json.put("balanced", balanced());
        Map<String, Object> owed = new LinkedHashMap<>();
        for (String currency : owedCurrencies()) {
            Map<String, Object> perCurrency = new LinkedHashMap<>();
            perCurrency.put("items", owedItems(currency));
            perCurrency.put("amount", currency.equals(NO_RATE) ? null : owed(currency).toPlainString());
            perCurrency.put("overdue_items", count(currency, ReconciliationOutcome.DOCUMENTATION_OVERDUE));
            perCurrency.put("overdue_amount", currency.equals(NO_RATE) ? null
                    : sum(currency, ReconciliationOutcome.DOCUMENTATION_OVERDUE).toPlainString());
            owed.put(currency, perCurrency);
        }
        json.put("owed", owed);
        json.put("owed_by_account", owedByAccount().entrySet().stream().map(e -> {
            boolean noRate = e.getKey().currency().equals(NO_RATE);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account_id", e.getKey().account());
            row.put("account_name", accountName(e.getKey().account()));
            row.put("currency", e.getKey().currency());
            row.put("items", e.getValue().items);
            row.put("amount", noRate ? null : e.getValue().amount.toPlainString());
            row.put("overdue_items", e.getValue().overdueItems);
            row.put("overdue_amount", noRate ? null : e.getValue().overdueAmount.toPlainString());
            return row;
        }).toList());
        json.put("by_account", byAccount.entrySet().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account_id", e.getKey().account());
            row.put("account_name", accountName(e.getKey().account()));
            row.put("currency", e.getKey().currency());
            row.put("outcome", e.getKey().outcome().name());
            row.putAll(e.getValue().toJson());
            if (e.getKey().currency().equals(NO_RATE)) {
                row.put("amount", null);
            }
            return row;
        }).toList());
        return json;
    }

    /** A count, an exact amount and how many of the counted had no amount that reads as a number. */
    public static final class Sum {
        private long count;
        private BigDecimal amount = BigDecimal.ZERO;
        private long notANumber;

        void add(long lines, BigDecimal value, long withoutNumber) {
            count += lines;
            amount = amount.add(value);
            notANumber += withoutNumber;
        }

        public long count() {
            return count;
        }

        public BigDecimal amount() {
            return amount;
        }

        public long notANumber() {
            return notANumber;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("count", count);
            json.put("amount", amount.toPlainString());
            if (notANumber > 0) {
                json.put("not_a_number", notANumber);
            }
            return json;
        }
    }

    /** What an account is owed in one currency. */
    public static final class Owed {
        private long items;
        private BigDecimal amount = BigDecimal.ZERO;
        private long overdueItems;
        private BigDecimal overdueAmount = BigDecimal.ZERO;

        public long items() {
            return items;
        }

        public BigDecimal amount() {
            return amount;
        }

        public long overdueItems() {
            return overdueItems;
        }

        public BigDecimal overdueAmount() {
            return overdueAmount;
        }
    }

    /** (account, currency), sorted in that order. */
    public record OwedKey(String account, String currency) implements Comparable<OwedKey> {

        @Override
        public int compareTo(OwedKey other) {
            int c = account.compareTo(other.account);
            return c != 0 ? c : currency.compareTo(other.currency);
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
