package app.rapport.domain.brief;

/** One line of a brief and the playbook rule (or built-in fact, "fact:...") that produced it. */
public record BriefLine(String text, String rule) {
}
