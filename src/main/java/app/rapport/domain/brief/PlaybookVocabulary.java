package app.rapport.domain.brief;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a playbook rule may say, as the engine reads it: each condition with the kind of value it
 * takes (and, for a choice, the values it knows), the suggestions a rule can make, and the
 * placeholders its texts can use. An editor offers these in lists instead of asking for JSON.
 */
public record PlaybookVocabulary(Map<String, ConditionKind> conditions, Map<String, List<String>> choices,
                                 List<String> suggestions, Set<String> placeholders) {

    /** The kind of value a condition takes in a rule's JSON. */
    public enum ConditionKind {
        /** One of a known list, or a list of them (any of). */
        CHOICE,
        /** A text of the owner's own (a product category), or a list of them. */
        TEXT,
        /** {@code {"min": 0, "max": 30}}, either end left open. */
        RANGE,
        /** A whole number. */
        NUMBER,
        /** true or false. */
        FLAG
    }

    public PlaybookVocabulary {
        conditions = Map.copyOf(conditions);
        choices = Map.copyOf(choices);
        suggestions = List.copyOf(suggestions);
        placeholders = Set.copyOf(placeholders);
    }
}
