package com.tmip.credits;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The credit expected per platform ({@code platform,amount,currency}), and how far an amount may differ from it.
 * {@link #NONE} when no table is configured: amounts are then not checked.
 */
public final class CreditRates {

    public static final CreditRates NONE = new CreditRates(Map.of(), BigDecimal.ZERO, false);

    private final Map<String, Rate> byPlatform;
    private final BigDecimal tolerance;
    private final boolean configured;

    private CreditRates(Map<String, Rate> byPlatform, BigDecimal tolerance, boolean configured) {
        this.byPlatform = Map.copyOf(byPlatform);
        this.tolerance = tolerance;
        this.configured = configured;
    }

    public static CreditRates of(Map<String, Rate> rates, BigDecimal tolerance) {
        Map<String, Rate> byKey = new HashMap<>();
        rates.forEach((platform, rate) -> byKey.put(key(platform), rate));
        return new CreditRates(byKey, tolerance, true);
    }

    /** Reads a CSV with a header {@code platform,amount,currency}; a bad line fails with its line number. */
    public static CreditRates read(Reader in, BigDecimal tolerance) throws IOException {
        Map<String, Rate> rates = new HashMap<>();
        try (CSVReader csv = new CSVReader(in)) {
            String[] line = csv.readNext();
            if (line == null || line.length < 3 || !line[0].strip().replace("\uFEFF", "").equalsIgnoreCase("platform")) {
                throw new IllegalArgumentException("credit rates: the first line must be platform,amount,currency");
            }
            while ((line = csv.readNext()) != null) {
                if (line.length == 1 && line[0].isBlank() || line[0].startsWith("#")) {
                    continue;
                }
                long lineNo = csv.getLinesRead();
                if (line.length < 3) {
                    throw new IllegalArgumentException("credit rates line " + lineNo + ": needs platform,amount,currency");
                }
                BigDecimal amount = CreditParser.parseAmount(line[1]).orElseThrow(() -> new IllegalArgumentException(
                        "credit rates line " + lineNo + ": amount is not a number"));
                String currency = Currency.getInstance(line[2].strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
                if (rates.put(key(line[0]), new Rate(amount, currency)) != null) {
                    throw new IllegalArgumentException("credit rates line " + lineNo + ": platform listed twice");
                }
            }
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException("credit rates: " + e.getMessage(), e);
        }
        return new CreditRates(rates, tolerance, true);
    }

    public boolean configured() {
        return configured;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public Optional<Rate> forPlatform(String platform) {
        return platform == null ? Optional.empty() : Optional.ofNullable(byPlatform.get(key(platform)));
    }

    /** True when the amount is within the tolerance of the rate, in the rate's currency. */
    public boolean fits(Rate rate, BigDecimal amount, String currency) {
        return rate.currency().equals(currency) && rate.amount().subtract(amount).abs().compareTo(tolerance) <= 0;
    }

    private static String key(String platform) {
        return platform.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The credit expected for one item of a platform. */
    public record Rate(BigDecimal amount, String currency) {
    }
}
