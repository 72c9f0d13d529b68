package app.rapport.domain.brief;

import java.util.List;
import java.util.Map;

/** The business's thresholds for phases and ghosting, from the setting table. */
public record BriefSettings(int honeymoonDays, int lapsedAfterSilentDays, int ghostingWindowDaysSimple, int ghostingWindowDaysComplex) {
    public static final BriefSettings DEFAULTS = new BriefSettings(90, 365, 21, 7);

    /** The settings named in {@code values}; a missing or unreadable one keeps its default (and says so in {@code warnings}). */
    public static BriefSettings from(Map<String, String> values, List<String> warnings) {
        return new BriefSettings(
                read(values, "phase.honeymoonDays", DEFAULTS.honeymoonDays, warnings),
                read(values, "phase.lapsedAfterSilentDays", DEFAULTS.lapsedAfterSilentDays, warnings),
                read(values, "ghosting.windowDaysSimple", DEFAULTS.ghostingWindowDaysSimple, warnings),
                read(values, "ghosting.windowDaysComplex", DEFAULTS.ghostingWindowDaysComplex, warnings));
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
