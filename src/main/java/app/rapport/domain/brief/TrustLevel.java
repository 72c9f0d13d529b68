package app.rapport.domain.brief;

import app.rapport.domain.ConversationType;

import java.util.Locale;

/** How much the client trusts us, from tenure, the number of touchpoints and their moods. */
public enum TrustLevel {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The least trust a conversation of this type needs. */
    public static TrustLevel neededFor(ConversationType type) {
        return switch (type) {
            case INFORMATIONAL, TRANSACTIONAL, DECISION_MAKING -> LOW;
            case INFLUENTIAL, RELATIONSHIP_BUILDING -> MEDIUM;
            case COLLABORATION -> HIGH;
        };
    }
}
