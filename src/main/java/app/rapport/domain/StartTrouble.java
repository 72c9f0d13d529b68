package app.rapport.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Whether a new client's start went wrong (a complaint, or an unhappy reaction of theirs, since the
 * first purchase), and whether it is behind them: a clearly happy reaction of theirs after the
 * latest trouble, with no complaint still open. One reading for the brief and for the stored client
 * state behind Today, segments and the dashboard, so they cannot disagree about it.
 *
 * @param soured  the start went wrong
 * @param behind  it went wrong, but they were clearly happy again afterwards and nothing is still open
 * @param on      the day of the latest trouble (null when none)
 * @param how     what went wrong, in words ("they complained (…)", "they felt frustrated"); null when none
 * @param words   the logged words of the latest trouble; null when none
 * @param happyAgain the day they were happy again after it (null when not)
 */
public record StartTrouble(boolean soured, boolean behind, LocalDate on, String how, String words, LocalDate happyAgain) {
    public static final StartTrouble NONE = new StartTrouble(false, false, null, null, null, null);

    /**
     * Reads the start from the touchpoints newest first, the opportunities, as of {@code today}
     * ({@code null}: everything on record). {@code theirs} tells a reaction of the client's own from
     * a message of ours that got no answer.
     */
    public static StartTrouble read(LocalDate firstPurchase, List<Touchpoint> newestFirst, Collection<Opportunity> opportunities,
                                    LocalDate today, ZoneId zone, Predicate<Touchpoint> theirs) {
        return walk(firstPurchase, newestFirst, opportunities, today, zone, theirs).trouble();
    }

    /**
     * Whether the reading of the start over everything on record ({@link #read} with no
     * {@code today}) stops within these newest touchpoints (newest first): touchpoints older than
     * the last of them cannot change it. A busy client's state is then read from their newest
     * touchpoints instead of thousands.
     */
    public static boolean readWithin(LocalDate firstPurchase, List<Touchpoint> newestFirst, Collection<Opportunity> opportunities,
                                     ZoneId zone, Predicate<Touchpoint> theirs) {
        return walk(firstPurchase, newestFirst, opportunities, null, zone, theirs).stopped();
    }

    /** A reading, and whether it stopped before the end of the touchpoints it was given. */
    private record Walk(StartTrouble trouble, boolean stopped) {
    }

    private static Walk walk(LocalDate firstPurchase, List<Touchpoint> newestFirst, Collection<Opportunity> opportunities,
                             LocalDate today, ZoneId zone, Predicate<Touchpoint> theirs) {
        if (firstPurchase == null) {
            return new Walk(NONE, true);
        }
        String how = null;
        String words = null;
        LocalDate troubleOn = null;
        boolean stillOpen = false;
        for (Opportunity o : opportunities) {
            if (o.kind() == OpportunityKind.COMPLAINT && o.openedOn() != null && !o.openedOn().isBefore(firstPurchase)
                    && (today == null || !o.openedOn().isAfter(today)) && (troubleOn == null || o.openedOn().isAfter(troubleOn))) {
                how = "they complained (" + stripEnd(o.summary()) + ")";
                words = o.summary();
                troubleOn = o.openedOn();
                stillOpen = o.status() == OpportunityStatus.OPEN && (o.closedOn() == null || today != null && o.closedOn().isAfter(today));
            }
        }
        LocalDate happyAgain = null;
        boolean stopped = false;
        for (Touchpoint t : newestFirst) {
            LocalDate day = LocalDate.ofInstant(t.occurredAt(), zone);
            if (today != null && day.isAfter(today)) {
                continue;
            }
            if (day.isBefore(firstPurchase)) {
                stopped = true;
                break; // newest first: the rest came before the first purchase
            }
            if (!theirs.test(t)) {
                continue;
            }
            if ((t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED) && happyAgain == null) {
                happyAgain = day;
            }
            if ((t.mood() == Mood.FRUSTRATED || t.mood() == Mood.REGRETFUL) && (troubleOn == null || day.isAfter(troubleOn))) {
                how = "they felt " + t.mood().label().toLowerCase(Locale.ROOT);
                words = t.summary();
                troubleOn = day;
                stillOpen = false;
                stopped = true;
                break;
            }
        }
        if (how == null) {
            return new Walk(NONE, stopped);
        }
        boolean behind = !stillOpen && happyAgain != null && happyAgain.isAfter(troubleOn);
        return new Walk(new StartTrouble(true, behind, troubleOn, how, words, behind ? happyAgain : null), stopped);
    }

    private static String stripEnd(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith(".") || t.endsWith("!")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
