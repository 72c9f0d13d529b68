package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Optional;

/** The six kinds of conversation, ordered by how much trust they need. */
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

    /** The least trust this kind of conversation needs. */
    public TrustLevel trustNeeded() {
        return switch (this) {
            case INFORMATIONAL, TRANSACTIONAL, DECISION_MAKING -> TrustLevel.LOW;
            case INFLUENTIAL, RELATIONSHIP_BUILDING -> TrustLevel.MEDIUM;
            case COLLABORATION -> TrustLevel.HIGH;
        };
    }
}
