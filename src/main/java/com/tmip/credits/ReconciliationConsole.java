package com.tmip.credits;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reconciliation as the console shows it, after the run and in {@code runs show}: a compact table of the
 * outcomes (lines or items, and per currency their count and amount: a ledger line's amount, an uncredited item's
 * expected credit), the ledger's own total per currency and whether the outcomes account for it, then the credit
 * still owed per account and currency (at most {@value #MAX_ACCOUNTS} accounts; the rest are in the reports).
 */
public final class ReconciliationConsole {

    static final int MAX_ACCOUNTS = 20;

    private ReconciliationConsole() {
    }

    public static List<String> lines(ReconciliationTotals totals) {
        List<String> lines = new ArrayList<>();
        Set<String> currencies = new LinkedHashSet<>(totals.currencies());
        currencies.addAll(totals.owedCurrencies());
        StringBuilder header = new StringBuilder(String.format("%-22s %7s", "outcome", "count"));
        currencies.forEach(c -> header.append(String.format("  %-24s", c)));
        lines.add(header.toString().stripTrailing());
        for (ReconciliationOutcome outcome : ReconciliationOutcome.values()) {
            if (totals.count(outcome) == 0 && outcome != ReconciliationOutcome.MATCHED) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-22s %7d", outcome.name(), totals.count(outcome)));
            for (String currency : currencies) {
                long count = totals.count(currency, outcome);
                String cell = count == 0 ? "-" : currency.equals(ReconciliationTotals.NO_RATE) ? Long.toString(count)
                        : String.format("%6d %17s", count, money(totals.sum(currency, outcome)));
                line.append(String.format("  %-24s", cell));
            }
            lines.add(line.toString().stripTrailing());
        }
        List<String> ledger = new ArrayList<>();
        for (String currency : totals.currencies()) {
            long notANumber = totals.ledgerNotANumber(currency);
            ledger.add(currency + " " + totals.ledgerLines(currency) + (totals.ledgerLines(currency) == 1 ? " line " :
                    " lines ") + money(totals.ledgerTotal(currency))
                    + (notANumber == 0 ? "" : " + " + notANumber + (notANumber == 1 ? " amount" : " amounts")
                    + " not a number") + (totals.balanced(currency) ? ", balanced" : ", NOT BALANCED"));
        }
        lines.add("ledger: " + (ledger.isEmpty() ? "no lines" : String.join("; ", ledger)));
        Map<ReconciliationTotals.OwedKey, ReconciliationTotals.Owed> owed = totals.owedByAccount();
        if (owed.isEmpty()) {
            lines.add("owed: nothing (every registered item is credited)");
            return lines;
        }
        lines.add("owed (expected credit of the registered items not credited yet), per account:");
        int shown = 0;
        for (Map.Entry<ReconciliationTotals.OwedKey, ReconciliationTotals.Owed> e : owed.entrySet()) {
            if (shown++ == MAX_ACCOUNTS) {
                lines.add("  … and " + (owed.size() - MAX_ACCOUNTS) + " more: see reconciliation.xlsx (Summary)");
                break;
            }
            ReconciliationTotals.Owed o = e.getValue();
            String currency = e.getKey().currency();
            String name = totals.accountName(e.getKey().account());
            lines.add("  " + e.getKey().account() + (name.isEmpty() ? "" : " " + name) + ": "
                    + (currency.equals(ReconciliationTotals.NO_RATE) ? "amount unknown (no credit rate)"
                    : currency + " " + money(o.amount())) + " for " + o.items() + (o.items() == 1 ? " item" : " items")
                    + (o.overdueItems() == 0 ? "" : ", " + o.overdueItems() + " overdue"));
        }
        return lines;
    }

    /** An exact amount with thousands separators and its own decimals: 29,950.00. */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        int scale = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }
}
