package app.rapport.service;

import java.time.Instant;
import java.util.List;

/**
 * A save that would have overwritten a newer edit made at another desk (or by another program):
 * nothing was written. It names who made that edit and when ("Ana changed Maria Lopes at 10:42")
 * and, per field, their value and the one this save carried.
 */
public class EditConflictException extends RuntimeException {
    private final String record;
    private final String changedBy;
    private final Instant changedAt;
    private final String when;
    private final List<FieldConflict> fields;

    /** One field both sides set differently: its name, label and the two values as read ("" when empty). */
    public record FieldConflict(String field, String label, String theirs, String mine) {
    }

    public EditConflictException(String record, String changedBy, Instant changedAt, String when, List<FieldConflict> fields) {
        super(String.join(" ", lines(record, changedBy, when, fields)));
        this.record = record;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.when = when;
        this.fields = List.copyOf(fields);
    }

    /** The facts in plain words: who changed what and when, then one line per field ("City: theirs “Porto”, mine “Faro”."). */
    public List<String> lines() {
        return lines(record, changedBy, when, fields);
    }

    private static List<String> lines(String record, String changedBy, String when, List<FieldConflict> fields) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(changedBy + " changed " + record + " " + when + ", after this was read, so nothing was saved."),
                fields.stream().map(f -> f.label() + ": theirs " + quoted(f.theirs()) + ", mine " + quoted(f.mine()) + "."))
                .toList();
    }

    static String quoted(String value) {
        return value.isEmpty() ? "(empty)" : "\u201c" + value + "\u201d";
    }

    /** What was edited, as a person calls it ("Maria Lopes"). */
    public String record() {
        return record;
    }

    /** Who made the newer edit ("Ana"; "Someone" when the change log no longer says). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** When, in the user's time zone: "at 10:42" today, "on 4 Dec 2026 at 10:42" before. */
    public String when() {
        return when;
    }

    public List<FieldConflict> fields() {
        return fields;
    }
}
