package app.rapport.service;

import app.rapport.store.ChangeLog;
import app.rapport.store.Store;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Who last changed a record and when, as the change log says: what a conflict names. */
record LastEdit(String by, Instant at) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final String SOMEONE = "Someone";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The newest logged change of {@code column} in the row; when the log no longer holds it (folded
     * after its kept days), "Someone" at {@code otherwiseAt}. The single user's own name ("me") reads
     * as "Someone" too: it is another window or program of the same person.
     */
    static LastEdit of(DSLContext dsl, String entity, Object rowId, String column, Instant otherwiseAt) {
        return new ChangeLog(dsl).lastChange(entity, String.valueOf(rowId), column)
                .map(change -> new LastEdit(Store.authorAsOthersSeeIt(change.author(), SOMEONE), change.at()))
                .orElse(new LastEdit(SOMEONE, otherwiseAt));
    }

    /** "at 10:42" when it was today in the user's zone, "on 4 Dec 2026 at 10:42" before. */
    String when(Clock clock) {
        var local = at.atZone(clock.getZone());
        String time = "at " + TIME.format(local);
        return local.toLocalDate().equals(LocalDate.now(clock)) ? time : "on " + DAY.format(local) + " " + time;
    }
}
