package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Optional;

/**
 * What a playbook rule does in a brief. The most urgent matching {@link #SITUATION} (an open
 * complaint, a promise we are late with, silence after a purchase…) owns the whole frame of the
 * conversation: type, goal, tone, opener, offer policy and next step. {@link #COLOUR} rules (phase
 * and mood, openers, anticipation) fill only what the frame leaves open, and own it only when no
 * situation matches.
 */
public enum RuleRole {
    SITUATION, COLOUR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleRole> fromCode(String code) {
        for (RuleRole role : values()) {
            if (role.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
