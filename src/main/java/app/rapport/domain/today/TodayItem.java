package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One client in the Today queue: the most urgent reason, the day it is (or was) due, why in
 * words, any other reasons the client is there too, and how to reach them. What kind of
 * conversation to have is the brief's to say (one engine), not the queue's.
 */
public record TodayItem(UUID clientId, String clientName, TodayReason reason, LocalDate due, String why,
                        List<TodayReason> alsoReasons, Reach reach) {
    public TodayItem {
        alsoReasons = List.copyOf(alsoReasons == null ? List.of() : alsoReasons);
        reach = reach == null ? Reach.UNKNOWN : reach;
    }

    /** A row whose way to reach the client is not read yet. */
    public TodayItem(UUID clientId, String clientName, TodayReason reason, LocalDate due, String why, List<TodayReason> alsoReasons) {
        this(clientId, clientName, reason, due, why, alsoReasons, Reach.UNKNOWN);
    }

    /** The same row with how to reach the client. */
    public TodayItem reachedBy(Reach reach) {
        return new TodayItem(clientId, clientName, reason, due, why, alsoReasons, reach);
    }

    /** True when the due day is before {@code today}. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    /**
     * How to reach a client and where they are: their first phone and email, and their town. Two
     * clients of the same name are told apart by these.
     */
    public record Reach(String phone, String email, String town) {
        public static final Reach UNKNOWN = new Reach(null, null, null);

        public Reach {
            phone = blankToNull(phone);
            email = blankToNull(email);
            town = blankToNull(town);
        }

        /** Phone and town, whichever are known, on one line ("07700 900123 · Leeds"). */
        public String phoneAndTown() {
            return Stream.of(phone, town).filter(part -> part != null).collect(Collectors.joining(" \u00b7 "));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
