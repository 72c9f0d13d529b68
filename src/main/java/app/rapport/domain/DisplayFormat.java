package app.rapport.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How every date and amount a person reads is written: in one locale (the user's, or the one the
 * setting {@value #LOCALE_SETTING} names) and in the business's currency (the setting
 * {@value #CURRENCY_SETTING}, else the locale's). Machine outputs (JSON, CSV for other programs)
 * stay ISO and never use this.
 */
public final class DisplayFormat {
    /** A language tag such as en-GB; empty or missing means the user's own locale. */
    public static final String LOCALE_SETTING = "display.locale";
    /** An ISO 4217 code such as GBP; empty or missing means the locale's currency. */
    public static final String CURRENCY_SETTING = "business.currency";
    /** The format tests and examples are written in: British English, no currency. */
    public static final DisplayFormat BRITISH = new DisplayFormat(Locale.UK, null);

    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayInWords;
    private final DateTimeFormatter dayAndYearInWords;
    private final DateTimeFormatter weekdayAndDay;

    public DisplayFormat(Locale locale, Currency currency) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.currency = currency;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String longDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
        this.dayAndYearInWords = DateTimeFormatter.ofPattern(longDate, locale);
        this.dayInWords = DateTimeFormatter.ofPattern(withoutYear(longDate), locale);
        this.weekdayAndDay = DateTimeFormatter.ofPattern(withoutYear(
                DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL, null, IsoChronology.INSTANCE, locale)), locale);
    }

    /**
     * The format the settings ask for, falling back to {@code userLocale} and its currency; a
     * setting that names no real locale or currency is ignored and said so in {@code warnings}.
     */
    public static DisplayFormat from(Map<String, String> settings, Locale userLocale, List<String> warnings) {
        Locale locale = userLocale;
        String tag = settings.getOrDefault(LOCALE_SETTING, "").strip();
        if (!tag.isEmpty()) {
            Optional<Locale> chosen = locale(tag);
            if (chosen.isPresent()) {
                locale = chosen.get();
            } else {
                warnings.add("The setting " + LOCALE_SETTING + " (\u201c" + tag + "\u201d) names no language and country such as en-GB; using "
                        + userLocale.toLanguageTag() + ".");
            }
        }
        Currency currency = localCurrency(locale);
        String code = settings.getOrDefault(CURRENCY_SETTING, "").strip();
        if (!code.isEmpty()) {
            try {
                currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                warnings.add("The setting " + CURRENCY_SETTING + " (\u201c" + code + "\u201d) is no currency code such as GBP or EUR.");
            }
        }
        return new DisplayFormat(locale, currency);
    }

    /** The locale a language tag such as en-GB names, if it names one. */
    public static Optional<Locale> locale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The currency of the locale's country, or none when the locale names no country. */
    public static Currency localCurrency(Locale locale) {
        try {
            return locale.getCountry().isEmpty() ? null : Currency.getInstance(locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The business's currency; empty when neither the setting nor the locale names one. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** A day for reading in a list or a dialog: 7 Jan 2026 (en-GB), Jan 7, 2026 (en-US). */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** An instant as a day and a time in {@code zone}: 7 Jan 2026, 14:30. */
    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : dateTime.format(at.atZone(zone));
    }

    /** The time of day of an instant in {@code zone}: 14:30 (en-GB), 2:30 PM (en-US). */
    public String time(Instant at, ZoneId zone) {
        return at == null ? "" : time.format(at.atZone(zone));
    }

    /** A day in a sentence: "7 January", or "7 January 2025" when it is not in {@code today}'s year. */
    public String dayInWords(LocalDate day, LocalDate today) {
        return (day.getYear() == today.getYear() ? dayInWords : dayAndYearInWords).format(day);
    }

    /** A day with its weekday, for a heading: Monday 7 December (en-GB), Monday, December 7 (en-US). */
    public String weekdayAndDay(LocalDate day) {
        return weekdayAndDay.format(day);
    }

    /** A day in full, as in a letter: 14 May 2026 (en-GB), May 14, 2026 (en-US). */
    public String longDate(LocalDate day) {
        return day == null ? "" : dayAndYearInWords.format(day);
    }

    /** An amount of money in the business's currency: £1,234.50; without a currency, 1,234.50. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = currency == null ? NumberFormat.getNumberInstance(locale) : NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            format.setCurrency(currency);
        }
        int decimals = currency == null ? 2 : Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    /** A whole number with the locale's grouping: 12,345. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The currency's symbol as this locale writes it (£, €, US$), or empty without a currency. */
    public String currencySymbol() {
        if (currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format instanceof DecimalFormat decimal ? decimal.getDecimalFormatSymbols().getCurrencySymbol() : currency.getSymbol(locale);
    }

    /** The long date pattern without its year and the separators around it: "d MMMM y" → "d MMMM", "MMMM d, y" → "MMMM d". */
    static String withoutYear(String pattern) {
        String stripped = pattern.replaceAll("[\\s,./-]*[yu]+[\\s./-]*", " ").strip();
        stripped = stripped.replaceAll("^[,\\s]+|[,\\s]+$", "");
        return stripped.isEmpty() ? pattern : stripped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayFormat format && format.locale.equals(locale) && Objects.equals(format.currency, currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, currency);
    }

    @Override
    public String toString() {
        return locale.toLanguageTag() + (currency == null ? "" : " " + currency.getCurrencyCode());
    }
}
