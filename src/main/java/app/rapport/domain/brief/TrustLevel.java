package app.rapport.domain.brief;

import java.util.Locale;

/** How much the client trusts us, from tenure, the number of touchpoints and their moods. */
public enum TrustLevel {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
