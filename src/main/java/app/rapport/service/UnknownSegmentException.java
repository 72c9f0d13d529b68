package app.rapport.service;

import java.util.List;

/** A laptop asked to hold a segment the team book has not saved: nothing was copied; the message names the saved ones. */
public final class UnknownSegmentException extends IllegalArgumentException {
    private final List<String> saved;

    UnknownSegmentException(String message, List<String> saved) {
        super(message);
        this.saved = List.copyOf(saved);
    }

    /** The names of the segments the team book has saved, to choose from. */
    public List<String> saved() {
        return saved;
    }
}
