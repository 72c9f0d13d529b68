package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the relationship stands, as of the brief's instant. A new client whose first weeks went
 * wrong (a complaint, frustration or regret) is still new: {@link #HONEYMOON_AT_RISK}, not mature;
 * mature means a relationship that has lasted.
 */
public enum Phase {
    PROSPECT("Prospect"), HONEYMOON("Honeymoon"), HONEYMOON_AT_RISK("Honeymoon at risk"), MATURE("Mature"), LAPSED("Lapsed");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** The lower-case hyphenated name used in playbook rules and JSON ("honeymoon-at-risk"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name a person reads ("Honeymoon at risk"). */
    public String label() {
        return label;
    }

    /** A new client (honeymoon, soured or not). */
    public boolean isNew() {
        return this == HONEYMOON || this == HONEYMOON_AT_RISK;
    }

    /** The phase with this code ("honeymoon-at-risk"); the enum's own name ("HONEYMOON_AT_RISK") is read too. */
    public static Optional<Phase> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Phase phase : values()) {
            if (phase.code().equals(normal)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
