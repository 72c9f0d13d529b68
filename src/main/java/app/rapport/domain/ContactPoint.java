package app.rapport.domain;

import java.util.Objects;

/** One labelled phone number or email address ("mobile", "work", ...). */
public record ContactPoint(String label, String value) {
    public ContactPoint {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? "other" : label.strip();
    }
}
