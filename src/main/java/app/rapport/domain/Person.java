package app.rapport.domain;

import java.util.Locale;
import java.util.UUID;

/** Someone who works at the desks of this book; what they write carries their name. */
public record Person(UUID id, String name) {

    /** The name as two names are compared: "Ana" and " ana" are the same person. */
    public static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
