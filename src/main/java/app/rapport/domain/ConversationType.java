package app.rapport.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The six kinds of conversation, ordered by how much trust they need (see
 * {@code brief.TrustLevel.neededFor}): what a touchpoint was, and what a brief prepares.
 */
public enum ConversationType {
    INFORMATIONAL, TRANSACTIONAL, DECISION_MAKING, INFLUENTIAL, RELATIONSHIP_BUILDING, COLLABORATION;

    /** The lower-case hyphenated name used in playbook rules and JSON ("decision-making"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ConversationType> fromCode(String code) {
        for (ConversationType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
