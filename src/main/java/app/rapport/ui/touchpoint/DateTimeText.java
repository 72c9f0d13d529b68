package app.rapport.ui.touchpoint;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as the user types them, in their locale's short form with the year in full.
 * Parsing is strict: the 31st of February is not quietly turned into the 3rd of March, it is
 * refused with a sentence that says why.
 */
final class DateTimeText {
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateParser;
    private final DateTimeFormatter time;
    private final List<DateTimeFormatter> timeParsers = new ArrayList<>();

    DateTimeText(Locale locale) {
        this.locale = locale;
        String datePattern = fullYear(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale));
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
        this.dateParser = strict(forgiving(datePattern));
        String timePattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
        this.time = DateTimeFormatter.ofPattern(timePattern, locale);
        timeParsers.add(strict(timePattern));
        for (String fallback : List.of("H:mm", "H.mm", "HHmm", "h:mm a", "h:mma", "h a", "ha")) {
            timeParsers.add(strict(fallback));
        }
    }

    String format(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    String format(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    /** The date in {@code text}, or an exception whose message is the sentence to show. */
    LocalDate parseDate(String text, LocalDate example) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new IllegalArgumentException("Type a date, like " + format(example) + ".");
        }
        try {
            return LocalDate.from(dateParser.parse(input));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(whyNotADate(input, example));
        }
    }

    /** The time in {@code text}, or an exception whose message is the sentence to show. */
    LocalTime parseTime(String text, LocalTime example) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new IllegalArgumentException("Type a time, like " + format(example) + ".");
        }
        for (DateTimeFormatter parser : timeParsers) {
            try {
                return LocalTime.from(parser.parse(input.toUpperCase(locale)));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("\u201c" + input + "\u201d is not a time; type it like " + format(example) + ".");
    }

    private String whyNotADate(String input, LocalDate example) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = dateParser.parseUnresolved(input, position);
        if (fields != null && position.getErrorIndex() < 0 && position.getIndex() == input.length()
                && fields.isSupported(ChronoField.MONTH_OF_YEAR) && fields.isSupported(ChronoField.DAY_OF_MONTH)
                && fields.isSupported(ChronoField.YEAR)) {
            long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
            long day = fields.getLong(ChronoField.DAY_OF_MONTH);
            long year = fields.getLong(ChronoField.YEAR);
            if (month < 1 || month > 12) {
                return "There is no month " + month + "; type the date like " + format(example) + ".";
            }
            if (year >= 1 && year <= 9999) {
                YearMonth yearMonth = YearMonth.of((int) year, (int) month);
                if (day < 1 || day > yearMonth.lengthOfMonth()) {
                    // The sentence is English, like the rest of the app; so is the month's name.
                    String monthName = Month.of((int) month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    return monthName + " " + year + " has no day " + day + ": it has " + yearMonth.lengthOfMonth() + " days.";
                }
            }
        }
        return "\u201c" + input + "\u201d is not a date; type it like " + format(example) + ".";
    }

    private DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The pattern for reading what is typed: "3" for "03" and a year of any length, so that
     * "12.3.2025" is read in a locale that writes "12.03.2025".
     */
    static String forgiving(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int run = 1;
            while (!quoted && c != '\'' && i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && ((c == 'd' || c == 'M') && run <= 2 || c == 'u')) {
                out.append(c);
                i += run - 1;
            } else {
                out.append(pattern, i, i + run);
                i += run - 1;
            }
        }
        return out.toString();
    }

    /**
     * The locale's pattern with a four-digit proleptic year ({@code uuuu}): short patterns often
     * have a two-digit year, and a strict resolver needs {@code u}, not the year of era {@code y}.
     */
    static String fullYear(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && (c == 'y' || c == 'u')) {
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == c) {
                    i++;
                }
                out.append("uuuu");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
