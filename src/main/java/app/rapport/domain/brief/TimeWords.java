package app.rapport.domain.brief;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a person says when something was: "yesterday", "last week", "about three months ago",
 * "over a year ago", never "412 days ago". A day itself is written by
 * {@link app.rapport.domain.DisplayFormat#dayInWords}.
 */
public final class TimeWords {
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
        if (days < 14) {
            return "last week";
        }
        if (days < 28) {
            return count(days / 7) + " weeks ago";
        }
        if (days < 45) {
            return "about a month ago";
        }
        if (days < 365) {
            long months = Math.max(2, Math.round(days / 30.4));
            return months >= 12 ? "almost a year ago" : "about " + count(months) + " months ago";
        }
        if (days < 730) {
            return "over a year ago";
        }
        return "about " + count(days / 365) + " years ago";
    }

    /** {@link #ago(long)} of the day {@code from}, seen from {@code today}. */
    public static String ago(LocalDate from, LocalDate today) {
        return ago(ChronoUnit.DAYS.between(from, today));
    }

    static String count(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n] : String.valueOf(n);
    }
}
