package app.rapport.domain.brief;

import java.util.List;

/**
 * The rules a brief is built with. The built-in set is a JSON resource
 * ({@code app/rapport/playbook/default-rules.json}), read by {@code app.rapport.store.PlaybookJson}
 * because the domain reads no files.
 */
public record Playbook(List<PlaybookRule> rules) {
    public Playbook {
        rules = List.copyOf(rules);
    }
}
