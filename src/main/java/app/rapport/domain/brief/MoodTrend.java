package app.rapport.domain.brief;

import java.util.Locale;

/** How the client's mood moved over the last touchpoints. */
public enum MoodTrend {
    IMPROVING, STEADY, WORSENING, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
