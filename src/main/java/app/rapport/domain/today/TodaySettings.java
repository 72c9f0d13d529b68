package app.rapport.domain.today;

import java.util.List;
import java.util.Map;

/**
 * The business's Today thresholds, from the setting table: when to check in after a complex or a
 * simple purchase (days), when a mature client has been silent too long, how far ahead warranty
 * ends, renewals and birthdays are shown. Phase and ghosting thresholds are the brief's
 * ({@link app.rapport.domain.brief.BriefSettings}).
 */
public record TodaySettings(int checkInDaysComplex, int checkInDaysSimple, int matureSilentDays, int datesAheadDays,
                            int birthdaysAheadDays) {
    public static final TodaySettings DEFAULTS = new TodaySettings(2, 5, 120, 30, 7);

    /** The settings named in {@code values}; a missing or unreadable one keeps its default (and says so in {@code warnings}). */
    public static TodaySettings from(Map<String, String> values, List<String> warnings) {
        return new TodaySettings(
                read(values, "today.checkInDaysComplex", DEFAULTS.checkInDaysComplex, warnings),
                read(values, "today.checkInDaysSimple", DEFAULTS.checkInDaysSimple, warnings),
                read(values, "today.matureSilentDays", DEFAULTS.matureSilentDays, warnings),
                read(values, "today.datesAheadDays", DEFAULTS.datesAheadDays, warnings),
                read(values, "today.birthdaysAheadDays", DEFAULTS.birthdaysAheadDays, warnings));
    }

    private static int read(Map<String, String> values, String name, int fallback, List<String> warnings) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.add("Setting " + name + " is '" + text + "', not a number of days; using " + fallback + ".");
        return fallback;
    }
}
