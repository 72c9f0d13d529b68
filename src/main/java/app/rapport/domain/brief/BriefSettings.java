package app.rapport.domain.brief;

import app.rapport.domain.DaySettings;

import java.util.List;
import java.util.Map;

/** The business's thresholds for phases and ghosting, from the setting table. */
public record BriefSettings(int honeymoonDays, int lapsedAfterSilentDays, int ghostingWindowDaysSimple, int ghostingWindowDaysComplex) {
    public static final BriefSettings DEFAULTS = new BriefSettings(90, 365, 21, 7);

    /** The settings named in {@code values}; a missing or unreadable one keeps its default (and says so in {@code warnings}). */
    public static BriefSettings from(Map<String, String> values, List<String> warnings) {
        return new BriefSettings(
                DaySettings.read(values, "phase.honeymoonDays", DEFAULTS.honeymoonDays, warnings),
                DaySettings.read(values, "phase.lapsedAfterSilentDays", DEFAULTS.lapsedAfterSilentDays, warnings),
                DaySettings.read(values, "ghosting.windowDaysSimple", DEFAULTS.ghostingWindowDaysSimple, warnings),
                DaySettings.read(values, "ghosting.windowDaysComplex", DEFAULTS.ghostingWindowDaysComplex, warnings));
    }
}
