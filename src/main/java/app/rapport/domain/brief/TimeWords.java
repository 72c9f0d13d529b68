package app.rapport.domain.brief;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person says when something was: "yesterday", "last week", "about three months ago",
 * "over a year ago", never "412 days ago". A day itself is written by
 * {@link app.rapport.domain.DisplayFormat#dayInWords}.
 */
public final class TimeWords {
    private static final Pattern YEARS = Pattern.compile("(two|three|four|five|six|seven|eight|nine|ten|\\d+) years");
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};

    private TimeWords() {
    }

    /** When a day {@code days} ago was, in words. */
    public static String ago(long days) {
        if (days < 0) {
            return days == -1 ? "tomorrow" : "in " + count(-days) + " days";
        }
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 7) {
            return "a few days ago";
        }
        if (days <= LAST_WEEK_DAYS) {
            return "last week";
        }
        if (days < 28) {
            return span(days) + " ago";
        }
        if (days < 45) {
            return "about a month ago";
        }
        if (days < 365) {
            long months = Math.max(2, Math.round(days / 30.4));
            return months >= 12 ? "almost a year ago" : "about " + count(months) + " months ago";
        }
        String span = span(days);
        // "about two years ago", but "well over a year ago", never "about well over a year ago"
        return (YEARS.matcher(span).matches() ? "about " : "") + span + " ago";
    }

    /** "Last week" is said of what was a week or so ago: thirteen days back is a couple of weeks, not last week. */
    private static final int LAST_WEEK_DAYS = 9;

    /**
     * How long {@code days} lasted, in the words a person says after "it's been", "for" or before
     * "on": "a few days", "a couple of weeks", "nine months", "well over a year", "a year and a half",
     * "almost two years". The one wording for a span in the brief, so a gap is said alike wherever it
     * is said (nineteen months is "a year and a half", never "a year").
     */
    public static String span(long days) {
        if (days < 7) {
            return days <= 1 ? "a day" : "a few days";
        }
        if (days <= LAST_WEEK_DAYS) {
            return "a week";
        }
        if (days < 21) {
            return "a couple of weeks";
        }
        if (days < 28) {
            return "three weeks";
        }
        if (days < 45) {
            return "a month";
        }
        long months = Math.max(2, Math.round(days / 30.4));
        if (days < 365) {
            return months >= 12 ? "almost a year" : count(months) + " months";
        }
        // Past a year, whole months gone: thirteen and a half months is "over a year", not yet "well over"
        months = (long) (days / 30.44);
        if (months <= 13) {
            return "over a year";
        }
        if (months <= 16) {
            return "well over a year";
        }
        if (months <= 20) {
            return "a year and a half";
        }
        if (months <= 23) {
            return "almost two years";
        }
        long years = months / 12;
        long rest = months % 12;
        if (rest >= 9) {
            return "almost " + count(years + 1) + " years";
        }
        return count(years) + (rest >= 4 ? " and a half years" : " years");
    }

    /** {@link #ago(long)} of the day {@code from}, seen from {@code today}. */
    public static String ago(LocalDate from, LocalDate today) {
        return ago(ChronoUnit.DAYS.between(from, today));
    }

    static String count(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n] : String.valueOf(n);
    }

    /** The number a small count says, in words or digits ("six", "4"): the reverse of {@link #count}; -1 when it is neither. */
    static int number(String said) {
        for (int n = 0; n < SMALL.length; n++) {
            if (SMALL[n].equalsIgnoreCase(said)) {
                return n;
            }
        }
        return !said.isEmpty() && said.chars().allMatch(Character::isDigit) ? Integer.parseInt(said) : -1;
    }

    /** A month as a client's start is said: "March 2024". */
    static String monthAndYear(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern NAMED_DAY = Pattern.compile(
            "\\b(?:(tomorrow|today|tonight)|(?<!\\ba\\s)(?<!\\bany\\s)(?<!\\bevery\\s)(?:(next|this|on|for|by|until|from)\\s+)?" + WEEKDAY
                    + "(?:'s)?(?!\\s+slots?\\b)"
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                    + "|(?:on|for|by|until)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b|\\b(next|this)\\s+week(?!end)|(?:in\\s+)?(a|one|two|three)\\s+weeks'?\\s+time"
                    + "|in\\s+(a|one|two|three)\\s+weeks?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day words name, read from the day they were said ({@code said}), or null when they name
     * none: "delivery booked for Saturday" said on a Friday is the next day; "fitting on the 14th"
     * is the next 14th; "next week" and "this week" end on that week's Sunday, "tomorrow" is the
     * day after. The first day named counts.
     */
    public static LocalDate dayNamed(String words, LocalDate said) {
        NamedDay named = named(words, said);
        return named == null ? null : named.day();
    }

    /** A day named in words: the day, and whether the words named a whole week ("next week"), which ends that day. */
    public record NamedDay(LocalDate day, boolean week) {
    }

    /** As {@link #dayNamed}, saying also whether a week was named rather than a day. */
    public static NamedDay named(String words, LocalDate said) {
        if (words == null || said == null || words.isEmpty()) {
            return null;
        }
        Matcher m = NAMED_DAY.matcher(words);
        if (!m.find()) {
            return null;
        }
        LocalDate day = dayNamed(m, said);
        return day == null ? null : new NamedDay(day, m.group(9) != null || m.group(10) != null || m.group(11) != null);
    }

    /**
     * How to say, on {@code today}, a named day that has passed: "on Saturday" within the week,
     * "last week" for a week named, else "on" and the day as {@code dayInWords} writes it; null when
     * the words name no day, or it has not passed.
     */
    public static String passed(String words, LocalDate said, LocalDate today, java.util.function.Function<LocalDate, String> dayInWords) {
        NamedDay named = named(words, said);
        if (named == null || !named.day().isBefore(today)) {
            return null;
        }
        long ago = ChronoUnit.DAYS.between(named.day(), today);
        if (named.week()) {
            return ago <= 7 ? "last week" : "the week of " + dayInWords.apply(named.day().minusDays(6));
        }
        return ago <= 6 ? "on " + named.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                : "on " + dayInWords.apply(named.day());
    }

    private static LocalDate dayNamed(Matcher m, LocalDate said) {
        if (m.group(1) != null) {
            return m.group(1).equalsIgnoreCase("tomorrow") ? said.plusDays(1) : said;
        }
        if (m.group(3) != null) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            boolean next = "next".equalsIgnoreCase(m.group(2));
            LocalDate coming = said.with(TemporalAdjusters.next(day));
            // "next Tuesday" said on a Monday is usually the week after, not tomorrow
            return next && ChronoUnit.DAYS.between(said, coming) < 2 ? coming.plusWeeks(1) : coming;
        }
        if (m.group(4) != null || m.group(6) != null) {
            int dayOfMonth = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(7));
            Month month = Month.valueOf((m.group(4) != null ? m.group(5) : m.group(6)).toUpperCase(Locale.ROOT));
            LocalDate day = dayOf(said.getYear(), month.getValue(), dayOfMonth);
            // a day named months back is next year's ("on 10 January" said in December)
            return day != null && day.isBefore(said.minusMonths(2)) ? dayOf(said.getYear() + 1, month.getValue(), dayOfMonth) : day;
        }
        if (m.group(8) != null) {
            int dayOfMonth = Integer.parseInt(m.group(8));
            LocalDate day = dayOf(said.getYear(), said.getMonthValue(), dayOfMonth);
            LocalDate nextMonth = said.plusMonths(1);
            return day != null && !day.isBefore(said) ? day : dayOf(nextMonth.getYear(), nextMonth.getMonthValue(), dayOfMonth);
        }
        if (m.group(9) != null) {
            LocalDate sunday = said.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return m.group(9).equalsIgnoreCase("next") ? sunday.plusWeeks(1) : sunday;
        }
        String weeks = m.group(10) != null ? m.group(10) : m.group(11);
        int n = switch (weeks.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            default -> 1;
        };
        return said.plusWeeks(n);
    }

    /** A stretch of time named in words, and the day it starts: "next year" said in February 2026 starts on January 1, 2027. */
    public record PeriodNamed(String words, LocalDate start, String name) {
        /** "By January", "before the holidays": a time by which something is to be done, not one when something begins. */
        public boolean deadline() {
            return BY.matcher(words).lookingAt();
        }
    }

    private static final Pattern BY = Pattern.compile("(?:by|before)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:(?:(early|late|later|until|till|by|from|after|before|around|in|for)\\s+)?(next year|the new year)"
                    + "|(after|over|before) (christmas|the holidays)"
                    + "|(?:(?:in|by|until|till|from|after|around|early|late|for)\\s+)(?:the\\s+)?(spring|summer|autumn|fall|winter)(?!\\s+(?:sale|range|collection|menu|offer|edition|clean))"
                    + "|(?:(?:in|by|until|till|from|after|around|early|late|before)\\s+(?:early\\s+|late\\s+|mid-?\\s*)?)" + MONTH + "(?!\\s*\\d)(?!\\s+(?:the\\s+)?\\d)"
                    + "|(next (?:month|quarter)))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Month[] SEASON_STARTS = {Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER};

    /**
     * The first stretch of time ahead the words name, read from the day they were said: "until next year" and "in the new
     * year" start on the next January 1; "in January" the next January; "in the spring" the next March 1; "after Christmas"
     * on December 26; "next month" and "next quarter" on their first day. Null when the words name none. A day in a month
     * ("on 14 January") is a day, read by {@link #dayNamed}, not a stretch.
     */
    public static PeriodNamed period(String words, LocalDate said) {
        if (words == null || said == null || words.isEmpty()) {
            return null;
        }
        Matcher m = PERIOD.matcher(words);
        return m.find() ? period(m, said) : null;
    }

    /**
     * Every stretch of time the words name, in the order written, each read as {@link #period} reads one: "budget year starts
     * in April; proposals by January" names April and, before it, January.
     */
    public static java.util.List<PeriodNamed> periods(String words, LocalDate said) {
        if (words == null || said == null || words.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<PeriodNamed> found = new java.util.ArrayList<>(2);
        Matcher m = PERIOD.matcher(words);
        while (m.find()) {
            PeriodNamed period = period(m, said);
            if (period != null) {
                found.add(period);
            }
        }
        return found;
    }

    private static PeriodNamed period(Matcher m, LocalDate said) {
        String matched = m.group().strip();
        if (m.group(2) != null) {
            int year = said.getYear() + 1;
            return new PeriodNamed(matched, LocalDate.of(year, 1, 1), String.valueOf(year));
        }
        if (m.group(4) != null) {
            if (m.group(4).equalsIgnoreCase("the holidays") && said.getMonthValue() < Month.SEPTEMBER.getValue()) {
                return null; // "before the holidays" said in May are the summer's, which have no one day
            }
            LocalDate christmas = LocalDate.of(said.getYear(), 12, 25);
            christmas = said.isAfter(christmas.plusDays(7)) ? christmas.plusYears(1) : christmas;
            // "before Christmas" is the last weeks before it; "after" and "over" start on the day
            return new PeriodNamed(matched, m.group(3).equalsIgnoreCase("before") ? christmas.minusDays(21) : christmas, "Christmas");
        }
        if (m.group(5) != null) {
            String season = m.group(5).toLowerCase(Locale.ROOT);
            Month first = SEASON_STARTS[switch (season) {
                case "spring" -> 0;
                case "summer" -> 1;
                case "autumn", "fall" -> 2;
                default -> 3;
            }];
            LocalDate start = LocalDate.of(said.getYear(), first, 1);
            // said in the season itself, or after it, the season meant is the next one
            return new PeriodNamed(matched, start.isAfter(said) ? start : start.plusYears(1), season);
        }
        if (m.group(6) != null) {
            Month month = Month.valueOf(m.group(6).toUpperCase(Locale.ROOT));
            LocalDate start = LocalDate.of(said.getYear(), month, 1);
            return new PeriodNamed(matched, start.isAfter(said) ? start : start.plusYears(1),
                    month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
        if (m.group(7).toLowerCase(Locale.ROOT).endsWith("month")) {
            LocalDate start = said.withDayOfMonth(1).plusMonths(1);
            return new PeriodNamed(matched, start, start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
        LocalDate quarter = said.withDayOfMonth(1).withMonth((said.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
        return new PeriodNamed(matched, quarter, "the quarter");
    }

    /**
     * A span of time counted from the day words were said, at whose end something falls due: "decision after twelve weeks",
     * "review in three months", "a six-week trial". {@code span} is said as it was ("twelve weeks"), {@code due} the day it
     * ends, {@code trial} whether the span was a trial or pilot that runs until then.
     */
    public record SpanDue(String words, String span, LocalDate due, boolean trial) {
    }

    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    /**
     * "After twelve weeks", "in three months", "within six weeks", and a trial or pilot that long ("a six-week pilot"); a
     * trial already behind them ("signed after a two-month pilot") names no time ahead.
     */
    private static final Pattern SPAN = Pattern.compile(
            "\\b(?:(?:after|in|within)\\s+(?:about\\s+|another\\s+)?" + COUNT + "\\s+(weeks?|months?)\\b(?!\\s+(?:ago|before|earlier|away|off|of\\b))"
                    + "|(?<!\\bafter\\s(?:a|the)\\s)(?<!\\bafter\\s)" + COUNT + "[- ](week|month)\\s+(pilot|trial|evaluation)\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A span is counted ahead only where its clause speaks of something to come: a decision, a review, a check, a visit, a
     * trial, what is planned, booked or will be ("came back after two months away" looks back, and names nothing due).
     */
    private static final Pattern DUE_THING = Pattern.compile(
            "\\b(decision|decide|review|revisit|check|follow[- ]?up|visit|appointment|trial|pilot|evaluat\\w*|assess\\w*|results?|report"
                    + "|booked|planned|scheduled|due|will|going to|plan|again|call (?:back|again)|get back|come back|next)\\b|'ll\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SPAN_MAX_WEEKS = 16;
    private static final int SPAN_MAX_MONTHS = 6;

    /** The span ahead the words name, read from the day they were said (see {@link SpanDue}), or null when they name none. */
    public static SpanDue spanDue(String words, LocalDate said) {
        if (words == null || said == null || words.isEmpty()) {
            return null;
        }
        Matcher m = SPAN.matcher(words);
        while (m.find()) {
            boolean trial = m.group(5) != null;
            String countSaid = (trial ? m.group(3) : m.group(1)).toLowerCase(Locale.ROOT);
            int n = countSaid.equals("a") || countSaid.equals("an") ? 1 : number(countSaid);
            boolean months = (trial ? m.group(4) : m.group(2)).toLowerCase(Locale.ROOT).startsWith("month");
            if (n < 1 || n > (months ? SPAN_MAX_MONTHS : SPAN_MAX_WEEKS)) {
                continue;
            }
            int start = Math.max(Math.max(words.lastIndexOf('.', m.start()), words.lastIndexOf(';', m.start())), words.lastIndexOf(',', m.start())) + 1;
            int end = m.end();
            while (end < words.length() && ".;,".indexOf(words.charAt(end)) < 0) {
                end++;
            }
            if (!trial && !DUE_THING.matcher(words.substring(start, end)).find()) {
                continue;
            }
            String span = (n == 1 ? (countSaid.equals("an") ? "an" : "a") : count(n)) + " " + (months ? "month" : "week") + (n == 1 ? "" : "s");
            return new SpanDue(m.group().strip(), span, months ? said.plusMonths(n) : said.plusWeeks(n), trial);
        }
        return null;
    }

    private static LocalDate dayOf(int year, int month, int dayOfMonth) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (java.time.DateTimeException notADay) {
            return null;
        }
    }

    /** Words that set a plan with an end: a pilot or trial, a decision to come, something that holds until a time. */
    private static final Pattern PLAN = Pattern.compile(
            "\\b(pilot|trial|decision|decide|deciding|evaluat\\w*|test period|review (it |them )?(after|in)|until|till|for now|planned|planning)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Next June": June of next year, to its end. */
    private static final Pattern NEXT_MONTH = Pattern.compile("\\bnext " + MONTH + "\\b", Pattern.CASE_INSENSITIVE);
    /** A stretch counted from the day the words were written: "after twelve weeks", "for three months", "a six-week pilot". */
    private static final Pattern SPAN_FROM_SAID = Pattern.compile(
            "\\b(?:(?:after|within|in|for|over|of)\\s+(?:the\\s+(?:first|next)\\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(days?|weeks?|months?)"
                    + "|(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})-(day|week|month)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The last day of a plan the words set, read from the day they were written: "pilot runs with one depot; decision after
     * twelve weeks" written on March 27 ends on June 19; "on the old system until next year" ends on January 1. Null when the
     * words set no plan, or name no time for its end. The latest time named counts, so a plan is never ended early.
     */
    public static LocalDate planEnds(String words, LocalDate said) {
        if (words == null || said == null || !PLAN.matcher(words).find()) {
            return null;
        }
        LocalDate end = null;
        Matcher span = SPAN_FROM_SAID.matcher(words);
        while (span.find()) {
            String n = span.group(1) != null ? span.group(1) : span.group(3);
            String unit = (span.group(2) != null ? span.group(2) : span.group(4)).toLowerCase(Locale.ROOT);
            int count = n.equalsIgnoreCase("a") ? 1 : number(n);
            if (count <= 0) {
                continue;
            }
            LocalDate day = unit.startsWith("month") ? said.plusMonths(count) : unit.startsWith("week") ? said.plusWeeks(count) : said.plusDays(count);
            end = end == null || day.isAfter(end) ? day : end;
        }
        LocalDate named = dayNamed(words, said);
        if (named != null && (end == null || named.isAfter(end))) {
            end = named;
        }
        for (PeriodNamed period : periods(words, said)) {
            if (end == null || period.start().isAfter(end)) {
                end = period.start();
            }
        }
        Matcher nextMonth = NEXT_MONTH.matcher(words);
        while (nextMonth.find()) {
            Month month = Month.valueOf(nextMonth.group(1).toUpperCase(Locale.ROOT));
            LocalDate first = LocalDate.of(said.getYear(), month, 1);
            // "next June" said in January may mean this June or the one after: the later, so a plan is never ended early
            first = first.getYear() == said.getYear() ? first.plusYears(1) : first;
            LocalDate last = first.plusMonths(1).minusDays(1);
            end = end == null || last.isAfter(end) ? last : end;
        }
        return end;
    }
}
