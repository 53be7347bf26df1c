package com.tmip.credits;

import com.tmip.account.Account;
import com.tmip.account.AccountDirectory;
import com.tmip.row.Dates;
import com.tmip.row.SerialNumber;
import com.tmip.row.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a ledger line and builds its {@link Credit}. Every failed check is reported, in column order. Amounts:
 * a plain decimal with a point ({@code 1234.50}), optionally with comma thousands separators in groups of three
 * ({@code 1,234.50}); no currency symbols, no decimal comma ({@code 1234,50} is refused as ambiguous), greater
 * than zero, with no more decimals than the currency has (two for EUR, none for JPY). Currencies: ISO 4217 codes
 * known to {@link Currency}, any case. Dates: the forms order_date accepts (yyyy-MM-dd, dd/MM/yyyy, 12-Mar-2025…).
 */
public final class CreditParser {

    static final int MAX_CREDIT_ID = 64;
    static final int MAX_CASE_ID = 24;
    static final int MAX_ACCOUNT = 200;
    /** DECIMAL(19, 4): at most 15 digits before the point. */
    static final int MAX_INTEGER_DIGITS = 15;

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    /** The currency key of a line whose currency cell is blank. */
    public static final String NO_CURRENCY = "(none)";
    /** The currency key of a line whose currency cell is not three letters. */
    public static final String INVALID_CURRENCY = "(invalid)";

    private final AccountDirectory accounts;

    public CreditParser(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** The credit, or the line's violations. */
    public Parsed parse(LedgerLine line) {
        List<Violation> violations = new ArrayList<>();
        String creditId = key(violations, "credit_id", line.creditId(), MAX_CREDIT_ID);
        String caseId = key(violations, "case_id", line.caseId(), MAX_CASE_ID);
        String account = key(violations, "account", line.account(), MAX_ACCOUNT);
        String serial = serial(violations, line.serialNumber());
        BigDecimal amount = amount(violations, line.amount());
        Currency currency = currency(violations, line.currency());
        LocalDate issuedOn = date(violations, line.issuedOn());
        if (amount != null && currency != null && currency.getDefaultFractionDigits() >= 0
                && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            violations.add(new Violation("amount", CreditRuleCode.AMOUNT_SCALE, "amount " + amount + " has more decimals"
                    + " than " + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")",
                    line.amount()));
        }
        if (!violations.isEmpty()) {
            return new Parsed(null, violations);
        }
        String accountId = accounts.find(account).map(Account::accountId).orElse(null);
        return new Parsed(new Credit(creditId, caseId, account, accountId, serial, amount, currency.getCurrencyCode(),
                issuedOn), List.of());
    }

    /** The known account {@code text} names, or null when it names none or several (whatever else is wrong). */
    public String accountId(String text) {
        String value = trim(text);
        return value.isEmpty() || value.length() > MAX_ACCOUNT ? null
                : accounts.find(value).map(Account::accountId).orElse(null);
    }

    /**
     * The key a ledger line's currency cell is totalled under: the ISO code (upper-cased) when the cell holds three
     * letters, known to {@link Currency} or not; {@value #NO_CURRENCY} when blank; else {@value #INVALID_CURRENCY}.
     * Three letters keep a line with an unknown code such as {@code EUX} apart from every other, and the number of
     * keys bounded.
     */
    public static String currencyKey(String text) {
        String code = trim(text).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return NO_CURRENCY;
        }
        return CURRENCY.matcher(code).matches() ? code : INVALID_CURRENCY;
    }

    /** The amount {@code text} holds in the accepted form, or empty (sign, zero and scale are not checked here). */
    public static Optional<BigDecimal> parseAmount(String text) {
        String value = trim(text);
        if (!AMOUNT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(",", "")));
    }

    private static String key(List<Violation> violations, String column, String cell, int max) {
        String value = trim(cell);
        if (value.isEmpty()) {
            violations.add(new Violation(column, CreditRuleCode.REQUIRED, column + " is required", raw(cell)));
            return null;
        }
        if (value.length() > max) {
            violations.add(new Violation(column, CreditRuleCode.TOO_LONG, column + " is longer than " + max
                    + " characters", raw(cell)));
            return null;
        }
        return value;
    }

    private static String serial(List<Violation> violations, String cell) {
        String value = trim(cell).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            violations.add(new Violation("serial_number", CreditRuleCode.REQUIRED, "serial_number is required", raw(cell)));
            return null;
        }
        if (!SerialNumber.isValid(value)) {
            violations.add(new Violation("serial_number", CreditRuleCode.SERIAL_FORMAT, "serial number is not valid: use 4"
                    + " to 20 characters, letters A-Z, digits 0-9 or hyphens (-) only", raw(cell)));
            return null;
        }
        return value;
    }

    private static BigDecimal amount(List<Violation> violations, String cell) {
        if (trim(cell).isEmpty()) {
            violations.add(new Violation("amount", CreditRuleCode.REQUIRED, "amount is required", raw(cell)));
            return null;
        }
        Optional<BigDecimal> amount = parseAmount(cell);
        if (amount.isEmpty()) {
            violations.add(new Violation("amount", CreditRuleCode.AMOUNT_INVALID, "amount is not a number: write it like"
                    + " 1234.50 or 1,234.50 (a point before the decimals, no currency sign)", raw(cell)));
            return null;
        }
        BigDecimal value = amount.get();
        if (value.signum() <= 0) {
            violations.add(new Violation("amount", CreditRuleCode.AMOUNT_INVALID, "amount must be greater than zero",
                    raw(cell)));
            return null;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            violations.add(new Violation("amount", CreditRuleCode.AMOUNT_INVALID, "amount is too large (more than "
                    + MAX_INTEGER_DIGITS + " digits before the point)", raw(cell)));
            return null;
        }
        return value;
    }

    private static Currency currency(List<Violation> violations, String cell) {
        String code = trim(cell).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            violations.add(new Violation("currency", CreditRuleCode.REQUIRED, "currency is required", raw(cell)));
            return null;
        }
        if (CURRENCY.matcher(code).matches()) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code: reported below
            }
        }
        violations.add(new Violation("currency", CreditRuleCode.CURRENCY_UNKNOWN, "currency is not an ISO 4217 code"
                + " such as EUR, USD or GBP", raw(cell)));
        return null;
    }

    private static LocalDate date(List<Violation> violations, String cell) {
        if (trim(cell).isEmpty()) {
            violations.add(new Violation("issued_on", CreditRuleCode.REQUIRED, "issued_on is required", raw(cell)));
            return null;
        }
        Optional<LocalDate> date = Dates.parse(cell);
        if (date.isEmpty()) {
            violations.add(new Violation("issued_on", CreditRuleCode.DATE_INVALID, "issued_on is not a valid date: "
                    + Dates.FORMS_HINT, raw(cell)));
            return null;
        }
        return date.get();
    }

    private static String raw(String cell) {
        return cell == null ? "" : cell;
    }

    private static String trim(String cell) {
        return raw(cell).strip().replace("\u200B", "").replace("\uFEFF", "");
    }

    /** A well-formed credit, or the violations of a malformed line (then {@code credit} is null). */
    public record Parsed(Credit credit, List<Violation> violations) {

        public Parsed {
            violations = List.copyOf(violations);
        }
    }
}
