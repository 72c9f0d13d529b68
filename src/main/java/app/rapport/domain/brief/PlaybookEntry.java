package app.rapport.domain.brief;

import java.time.Instant;
import java.util.UUID;

/**
 * A playbook rule as the owner keeps it: its conditions and suggestion are JSON texts (as stored and
 * edited), which become a {@link PlaybookRule} once read. {@code id} is null for a rule not yet
 * saved; {@code builtIn} rules came with Rapport and can be reset to their shipped text;
 * {@code role} and {@code because} are as in {@link PlaybookRule}.
 */
public record PlaybookEntry(UUID id, String code, String title, String description, boolean enabled, int priority,
                            String conditions, String suggestion, boolean builtIn, Instant updatedAt, RuleRole role, String because) {

    public PlaybookEntry {
        role = role == null ? RuleRole.COLOUR : role;
    }

    /** A colour rule without a reason of its own. */
    public PlaybookEntry(UUID id, String code, String title, String description, boolean enabled, int priority,
                         String conditions, String suggestion, boolean builtIn, Instant updatedAt) {
        this(id, code, title, description, enabled, priority, conditions, suggestion, builtIn, updatedAt, RuleRole.COLOUR, null);
    }

    public PlaybookEntry withEnabled(boolean on) {
        return new PlaybookEntry(id, code, title, description, on, priority, conditions, suggestion, builtIn, updatedAt, role, because);
    }

    public PlaybookEntry withPriority(int value, Instant at) {
        return new PlaybookEntry(id, code, title, description, enabled, value, conditions, suggestion, builtIn, at, role, because);
    }
}
