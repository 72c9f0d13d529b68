package app.rapport.ui.purchases;

import app.rapport.ui.control.Formatting;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * How dates and amounts are written and read in the purchase forms. Dates are read strictly: an
 * impossible date such as the 31st of February is an error, never quietly moved to another day.
 */
final class Formats {
    private static final int MAX_INTEGER_DIGITS = 12;

    private Formats() {
    }

    /** The locale of the window's display format, which typing follows too. */
    private static Locale locale() {
        return Formatting.current().locale();
    }

    /** The locale's short date pattern with the year in full, e.g. M/d/uuuu or dd/MM/uuuu. */
    private static String pattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale())
                .replaceAll("y+", "uuuu");
    }

    /** The date as the user types it, e.g. 3/14/2025 (en-US), 14/03/2025 (en-GB). */
    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(pattern(), locale()).format(date);
    }

    /** The date for reading, e.g. Mar 14, 2025 (en-US), 14 Mar 2025 (en-GB). */
    static String shownDate(LocalDate date) {
        return Formatting.current().date(date);
    }

    /** How a date is to be typed, e.g. "M/d/yyyy", for prompts and messages. */
    static String datePattern() {
        return pattern().replace("uuuu", "yyyy");
    }

    /**
     * Reads a typed date strictly; throws DateTimeParseException for text that is no real date.
     * Also read: days and months with or without a leading zero, two-digit years (in this century), ISO dates.
     */
    static LocalDate parseDate(String text) {
        String typed = text.strip();
        String loose = pattern().replaceAll("d+", "d").replaceAll("M+", "M");
        List<DateTimeFormatter> read = List.of(DateTimeFormatter.ofPattern(pattern(), locale()),
                DateTimeFormatter.ofPattern(loose, locale()),
                DateTimeFormatter.ofPattern(loose.replace("uuuu", "uu"), locale()),
                DateTimeFormatter.ISO_LOCAL_DATE);
        DateTimeParseException first = null;
        for (DateTimeFormatter strict : read) {
            DateTimeFormatter format = strict.withResolverStyle(ResolverStyle.STRICT);
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** An amount for an input field: two decimals, no grouping, e.g. 1234.50. */
    static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = decimalFormat();
        format.setGroupingUsed(false);
        return format.format(amount);
    }

    /** An amount for reading, in the business's currency, e.g. £1,234.50. */
    static String shownAmount(BigDecimal amount) {
        return Formatting.current().money(amount);
    }

    /**
     * Reads a typed amount in the user's format ("1,234.50", or "1.234,50" where that is the
     * custom) or plainly with a dot ("1234.50"); throws NumberFormatException for anything else.
     * A grouping separator counts only between groups of three digits, so "12,5" is never read as 125.
     */
    static BigDecimal parseAmount(String text) {
        String typed = text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace('\u2212', '-');
        DecimalFormatSymbols symbols = decimalFormat().getDecimalFormatSymbols();
        String group = java.util.regex.Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = java.util.regex.Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        boolean spaceGroups = Character.isSpaceChar(symbols.getGroupingSeparator());
        String grouped = spaceGroups ? "[+-]?\\d+(" + decimal + "\\d*)?" : "[+-]?(\\d{1,3}(" + group + "\\d{3})+|\\d+)(" + decimal + "\\d*)?";
        if (typed.matches(grouped)) {
            String plain = typed.replace(String.valueOf(symbols.getGroupingSeparator()), "")
                    .replace(symbols.getDecimalSeparator(), '.');
            return new BigDecimal(plain.endsWith(".") ? plain + "0" : plain);
        }
        if (typed.matches("[+-]?\\d+(\\.\\d+)?")) {
            return new BigDecimal(typed);
        }
        throw new NumberFormatException(text);
    }

    /** What is wrong with a typed amount (or price: {@code noun}), or null if it can be saved. */
    static String amountProblem(String text, String noun) {
        BigDecimal amount;
        try {
            amount = parseAmount(text);
        } catch (NumberFormatException e) {
            return "\u201c" + text.strip() + "\u201d is not a number. Write it like " + amount(new BigDecimal("1234.50")) + ".";
        }
        if (amount.signum() < 0) {
            return "The " + noun + " can't be negative.";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "Use at most two decimals.";
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return "That " + noun + " is too large.";
        }
        return null;
    }

    private static DecimalFormat decimalFormat() {
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        DecimalFormat format = number instanceof DecimalFormat decimal ? decimal : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }
}
