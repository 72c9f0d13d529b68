package app.rapport.domain;

import java.util.List;
import java.util.Map;

/** Reading a business setting that counts days, the way every group of settings does. */
public final class DaySettings {
    private DaySettings() {
    }

    /** The setting {@code name} as a number of days; missing keeps {@code fallback}, unreadable too and says so in {@code warnings}. */
    public static int read(Map<String, String> values, String name, int fallback, List<String> warnings) {
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
