package app.rapport.domain.today;

import app.rapport.domain.DaySettings;

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
                DaySettings.read(values, "today.checkInDaysComplex", DEFAULTS.checkInDaysComplex, warnings),
                DaySettings.read(values, "today.checkInDaysSimple", DEFAULTS.checkInDaysSimple, warnings),
                DaySettings.read(values, "today.matureSilentDays", DEFAULTS.matureSilentDays, warnings),
                DaySettings.read(values, "today.datesAheadDays", DEFAULTS.datesAheadDays, warnings),
                DaySettings.read(values, "today.birthdaysAheadDays", DEFAULTS.birthdaysAheadDays, warnings));
    }
}
