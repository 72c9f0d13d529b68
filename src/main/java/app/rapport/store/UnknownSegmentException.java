package app.rapport.store;

import java.util.List;

/** A laptop asked to hold a segment the team book has not saved; the message names the saved ones. */
public final class UnknownSegmentException extends StoreException {
    private final List<String> saved;

    UnknownSegmentException(String name, List<String> saved) {
        super("The team book has no saved segment called \u201c" + name.strip() + "\u201d. " + (saved.isEmpty()
                ? "It has no saved segments at all: link the whole book, or save a segment at the office first."
                : "Its saved segments: " + String.join(", ", saved) + "."));
        this.saved = List.copyOf(saved);
    }

    /** The names of the segments the book has saved. */
    public List<String> saved() {
        return saved;
    }
}
