package app.rapport.domain.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a template's merge fields. The syntax:
 * <ul>
 *     <li>{@code {{firstName}}} is replaced by the value (spaces inside the braces are ignored);</li>
 *     <li>{@code {{firstName|there}}} uses "there" when the client has no value;</li>
 *     <li>{@code \{{} writes literal braces: {@code \{{firstName}}} stays as typed, minus the backslash;</li>
 *     <li>values are inserted as they are: braces inside a value are never read as fields.</li>
 * </ul>
 * Nothing is silently left in: unknown names, braces never closed and empty braces are
 * {@link TemplateProblem}s with their position, and so is a known field the client has no value
 * for (its place stays empty).
 */
public final class TemplateRenderer {
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private TemplateRenderer() {
    }

    /** The template filled in with {@code values}; a field missing from the map has no value. */
    public static RenderedMessage render(MessageTemplate template, Map<MergeField, String> values) {
        List<TemplateProblem> problems = new ArrayList<>();
        String subject = template.channel() == MessageChannel.EMAIL
                ? fill("subject", template.subject() == null ? "" : template.subject(), values, problems) : null;
        String body = fill("body", template.body(), values, problems);
        return new RenderedMessage(subject, body, problems);
    }

    /** What is wrong with the template itself, whoever it is sent to (no NO_VALUE problems). */
    public static List<TemplateProblem> check(MessageTemplate template) {
        return render(template, null).problems();
    }

    /**
     * Fills one text. With {@code values} null the text is only checked: every known field counts
     * as having a value.
     */
    static String fill(String part, String text, Map<MergeField, String> values, List<TemplateProblem> problems) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\" + OPEN, i)) {
                out.append(OPEN);
                i += 1 + OPEN.length();
                continue;
            }
            if (!text.startsWith(OPEN, i)) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = text.indexOf(CLOSE, i + OPEN.length());
            int nextOpen = text.indexOf(OPEN, i + OPEN.length());
            if (end < 0 || (nextOpen >= 0 && nextOpen < end) || text.substring(i, end).indexOf('\n') >= 0) {
                problems.add(problem(TemplateProblem.Kind.UNCLOSED, part, "", text, i));
                out.append(OPEN);
                i += OPEN.length();
                continue;
            }
            String inside = text.substring(i + OPEN.length(), end);
            int bar = inside.indexOf('|');
            String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
            String fallback = bar < 0 ? null : inside.substring(bar + 1).strip();
            if (name.isEmpty()) {
                problems.add(problem(TemplateProblem.Kind.EMPTY, part, "", text, i));
            } else {
                MergeField field = MergeField.byKey(name).orElse(null);
                if (field == null) {
                    problems.add(problem(TemplateProblem.Kind.UNKNOWN_FIELD, part, name, text, i));
                } else if (values != null) {
                    String value = values.get(field);
                    if (value != null && !value.isBlank()) {
                        out.append(value);
                    } else if (fallback != null) {
                        out.append(fallback);
                    } else {
                        problems.add(problem(TemplateProblem.Kind.NO_VALUE, part, name, text, i));
                    }
                }
            }
            i = end + CLOSE.length();
        }
        return out.toString();
    }

    private static TemplateProblem problem(TemplateProblem.Kind kind, String part, String field, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new TemplateProblem(kind, part, field, line, offset - lineStart + 1);
    }
}
