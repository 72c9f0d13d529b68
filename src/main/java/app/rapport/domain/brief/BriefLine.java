package app.rapport.domain.brief;

/**
 * One line of a brief and the playbook rule (or built-in fact, "fact:...") that produced it;
 * {@code source} names the SWOT card(s) or note a line comes from, else it is null;
 * {@code because} says in plain words why the line is there ("nobody has been in touch since the
 * purchase"), for the person reading the brief; the rule code is for the playbook's author.
 */
public record BriefLine(String text, String rule, String source, String because) {
    public BriefLine(String text, String rule) {
        this(text, rule, null, null);
    }

    public BriefLine(String text, String rule, String source) {
        this(text, rule, source, null);
    }

    public BriefLine withBecause(String reason) {
        return new BriefLine(text, rule, source, reason);
    }
}
