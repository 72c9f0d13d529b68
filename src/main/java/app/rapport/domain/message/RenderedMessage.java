package app.rapport.domain.message;

import java.util.List;

/** A template filled in for one client; {@code subject} is null for text messages. */
public record RenderedMessage(String subject, String body, List<TemplateProblem> problems) {
    public RenderedMessage {
        problems = List.copyOf(problems);
    }

    /** Whether the template itself is broken (unknown field, unclosed braces): such a message must not be sent. */
    public boolean hasTemplateErrors() {
        return problems.stream().anyMatch(TemplateProblem::isTemplateError);
    }

    /** Whether it can be sent as is: no broken template, and no gap where a value was missing. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
