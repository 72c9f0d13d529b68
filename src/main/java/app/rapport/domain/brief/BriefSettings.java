package app.rapport.domain.brief;

import app.rapport.domain.DaySettings;
import app.rapport.domain.DisplayFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The business's thresholds for phases, ghosting and how long an unhappy contact leads the next
 * call, from the setting table, and the custom fields the owner wants shown in every brief
 * ({@code brief.customFields}, names separated by commas).
 */
public record BriefSettings(int honeymoonDays, int lapsedAfterSilentDays, int ghostingWindowDaysSimple, int ghostingWindowDaysComplex,
                            int unhappyLeadsDays, List<String> customFieldsShown, DisplayFormat format) {
    public static final String CUSTOM_FIELDS_SHOWN = "brief.customFields";
    public static final BriefSettings DEFAULTS = new BriefSettings(90, 365, 21, 7, 60, List.of(), DisplayFormat.BRITISH);

    public BriefSettings {
        customFieldsShown = List.copyOf(customFieldsShown == null ? List.of() : customFieldsShown);
        format = format == null ? DisplayFormat.BRITISH : format;
    }

    public BriefSettings(int honeymoonDays, int lapsedAfterSilentDays, int ghostingWindowDaysSimple, int ghostingWindowDaysComplex,
                         int unhappyLeadsDays, List<String> customFieldsShown) {
        this(honeymoonDays, lapsedAfterSilentDays, ghostingWindowDaysSimple, ghostingWindowDaysComplex, unhappyLeadsDays, customFieldsShown,
                DisplayFormat.BRITISH);
    }

    public BriefSettings(int honeymoonDays, int lapsedAfterSilentDays, int ghostingWindowDaysSimple, int ghostingWindowDaysComplex) {
        this(honeymoonDays, lapsedAfterSilentDays, ghostingWindowDaysSimple, ghostingWindowDaysComplex, DEFAULTS.unhappyLeadsDays, List.of());
    }

    /**
     * The settings named in {@code values}, days and dates written for {@code userLocale} unless a
     * setting chooses another; a missing or unreadable one keeps its default (and says so in {@code warnings}).
     */
    public static BriefSettings from(Map<String, String> values, Locale userLocale, List<String> warnings) {
        return new BriefSettings(
                DaySettings.read(values, "phase.honeymoonDays", DEFAULTS.honeymoonDays, warnings),
                DaySettings.read(values, "phase.lapsedAfterSilentDays", DEFAULTS.lapsedAfterSilentDays, warnings),
                DaySettings.read(values, "ghosting.windowDaysSimple", DEFAULTS.ghostingWindowDaysSimple, warnings),
                DaySettings.read(values, "ghosting.windowDaysComplex", DEFAULTS.ghostingWindowDaysComplex, warnings),
                DaySettings.read(values, "care.unhappyLeadsDays", DEFAULTS.unhappyLeadsDays, warnings),
                names(values.get(CUSTOM_FIELDS_SHOWN)),
                DisplayFormat.from(values, userLocale, warnings));
    }

    /** The field names in a setting's text: separated by commas or new lines, blanks left out. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text != null) {
            for (String name : text.split("[,\\n]")) {
                if (!name.isBlank() && !names.contains(name.strip())) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}
