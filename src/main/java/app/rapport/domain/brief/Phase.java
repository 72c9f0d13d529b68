package app.rapport.domain.brief;

/** Where the relationship stands, as of the brief's instant. */
public enum Phase {
    PROSPECT, HONEYMOON, MATURE, LAPSED;

    /** The lower-case name used in playbook rules and JSON. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
