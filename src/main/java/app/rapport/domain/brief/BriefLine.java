package app.rapport.domain.brief;

/**
 * One line of a brief and the playbook rule (or built-in fact, "fact:...") that produced it;
 * {@code source} names the SWOT card(s) a competitor line comes from, else it is null.
 */
public record BriefLine(String text, String rule, String source) {
    public BriefLine(String text, String rule) {
        this(text, rule, null);
    }
}
