package app.rapport.domain.message;

/**
 * Something wrong with a template or missing for one client, with where it is: the part
 * ("subject" or "body") and the 1-based line and column of the opening braces.
 */
public record TemplateProblem(Kind kind, String part, String field, int line, int column) {
    public enum Kind {
        /** A name between braces that is not a merge field, e.g. a typo: the template cannot be used. */
        UNKNOWN_FIELD,
        /** Braces opened and never closed: the template cannot be used. */
        UNCLOSED,
        /** Braces with no name inside: the template cannot be used. */
        EMPTY,
        /** A known field this client has no value for (and no fallback was given): the text has a gap. */
        NO_VALUE
    }

    /** Whether the template itself is wrong (as opposed to one client lacking a value). */
    public boolean isTemplateError() {
        return kind != Kind.NO_VALUE;
    }

    /** The problem in words, for the person editing or sending the template. */
    public String message() {
        String where = part + ", line " + line + ", column " + column;
        return switch (kind) {
            case UNKNOWN_FIELD -> "Unknown merge field {{" + field + "}} (" + where + ")" + suggestion();
            case UNCLOSED -> "Merge field opened with {{ but never closed with }} (" + where + ")";
            case EMPTY -> "Empty merge field {{}} (" + where + ")";
            case NO_VALUE -> "No value for {{" + field + "}} (" + where + "); give a fallback like {{" + field + "|...}}";
        };
    }

    private String suggestion() {
        for (MergeField known : MergeField.values()) {
            if (known.key().equalsIgnoreCase(field)) {
                return "; did you mean {{" + known.key() + "}}?";
            }
        }
        return ".";
    }
}
