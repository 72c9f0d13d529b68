package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Note;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time words of theirs that come due: "might be back for a dryer next year", said in February, or a note that they run the
 * old routing system "until next year", written in June, read in December, when next year is weeks away. The words are
 * read from the day they were written ({@link TimeWords#period}); what they name is said when it starts within about three
 * months, or began only lately, and nothing since speaks of the thing.
 */
final class DatesAhead {
    /** How far back words are read: what was said longer ago than a year is the past, whatever it named. */
    private static final int SAID_DAYS = 365;
    /** A stretch that began this lately is still news ("next year" read on January 9). */
    private static final int BEGUN_DAYS = 14;
    private static final int CONTACTS_READ = 60;
    /** Words that say nothing of what a sentence is about, so they never tell that a later contact speaks of the same thing. */
    private static final Set<String> PLAIN = Set.of("the", "old", "new", "our", "their", "your", "uses", "use", "using", "year", "next",
            "until", "after", "before", "with", "from", "about", "back", "might", "maybe", "will", "would", "could", "they", "them",
            "that", "this", "then", "than", "into", "when", "some", "more", "still", "want", "wants", "said", "says", "early", "late",
            "month", "quarter", "spring", "summer", "autumn", "winter", "christmas", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december", "have", "been", "also", "again", "just", "what");

    /** What they owe us falls due on its own ("last instalment due next year"): a date of the finance, no plan of theirs to ask after. */
    private static final Pattern OWED_TO_US = Pattern.compile("\\b(instal+ments?|payments?|repayments?|invoices?|financ\\w*|0%)", Pattern.CASE_INSENSITIVE);

    private DatesAhead() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        LocalDate today = f.today;
        String bestSaid = null;
        LocalDate bestOn = null;
        TimeWords.PeriodNamed best = null;
        for (Note note : in.notes()) {
            if (note.createdAt() == null || note.body() == null) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(note.createdAt(), in.zone());
            if (on.isAfter(today) || BriefFacts.days(on, today) > SAID_DAYS) {
                continue;
            }
            TimeWords.PeriodNamed period = comingUp(note.body(), on, today);
            if (period != null && (bestOn == null || on.isAfter(bestOn)) && !spokenOfSince(note.body(), on, in, past)) {
                best = period;
                bestOn = on;
                bestSaid = note.body();
            }
        }
        for (int i = 0; i < Math.min(past.size(), CONTACTS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, today) > SAID_DAYS || bestOn != null && !on.isAfter(bestOn)) {
                break;
            }
            // their words: what they said back, or a contact of theirs; what we told them is ours (a notice, an agenda)
            String words = t.direction() == Direction.INBOUND ? t.summary() : t.outcome();
            TimeWords.PeriodNamed period = words == null ? null : comingUp(words, on, today);
            if (period != null && !spokenOfSince(words, on, in, past.subList(0, i))) {
                best = period;
                bestOn = on;
                bestSaid = words;
                break;
            }
        }
        if (best == null || saidElsewhere(f, best)) {
            return;
        }
        f.values.put("timeAheadSaid", BriefFacts.stripEnd(bestSaid.strip()));
        f.values.put("timeAheadOn", f.dayInWords(bestOn, today));
        f.values.put("timeAheadWhen", when(best, today));
    }

    /** The stretch the words name, when it starts within about three months of today, or began lately, after they were said. */
    private static TimeWords.PeriodNamed comingUp(String words, LocalDate said, LocalDate today) {
        if (OWED_TO_US.matcher(words).find()) {
            return null;
        }
        TimeWords.PeriodNamed period = TimeWords.period(words, said);
        if (period == null || !period.start().isAfter(said)) {
            return null;
        }
        long ahead = ChronoUnit.DAYS.between(today, period.start());
        return ahead > BriefFacts.AHEAD_DAYS || ahead < -BEGUN_DAYS ? null : period;
    }

    /** "2027 starts in four weeks", "spring starts in about three months", "January has just begun". */
    private static String when(TimeWords.PeriodNamed period, LocalDate today) {
        long ahead = ChronoUnit.DAYS.between(today, period.start());
        String name = period.name().substring(0, 1).toUpperCase(Locale.ROOT) + period.name().substring(1);
        if ("Christmas".equals(name)) {
            LocalDate christmas = LocalDate.of(period.start().getYear(), 12, 25);
            long toChristmas = ChronoUnit.DAYS.between(today, christmas);
            return toChristmas <= 0 ? "Christmas is here" : "Christmas is " + (toChristmas == 1 ? "tomorrow" : "in " + TimeWords.span(toChristmas));
        }
        if ("The quarter".equals(name)) {
            name = "The next quarter";
        }
        if (ahead <= 0) {
            return name + " has just begun";
        }
        return name + " starts " + (ahead == 1 ? "tomorrow" : "in " + TimeWords.span(ahead));
    }

    /** Another fact already carries the same time words ("they wanted to come in before the holidays", a wish unmet): said there. */
    private static boolean saidElsewhere(BriefFacts f, TimeWords.PeriodNamed period) {
        String words = period.words().toLowerCase(Locale.ROOT);
        for (String value : f.values.values()) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** A contact since the words that speaks of what they were about: two of its words, or the one if it has only one. */
    private static boolean spokenOfSince(String words, LocalDate on, BriefInput in, List<Touchpoint> newer) {
        List<String> own = java.util.Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> w.length() >= 4 && !PLAIN.contains(w)).distinct().toList();
        if (own.isEmpty()) {
            return false;
        }
        int needed = Math.min(2, own.size());
        List<Pattern> asWords = own.stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b")).toList();
        for (app.rapport.domain.Purchase p : in.purchases()) {
            // "back for a dryer next year", and a dryer bought since
            if (p.purchasedOn() != null && p.purchasedOn().isAfter(on)) {
                String item = BriefFacts.itemName(p, in).toLowerCase(Locale.ROOT);
                if (asWords.stream().anyMatch(word -> word.matcher(item).find())) {
                    return true;
                }
            }
        }
        for (Touchpoint t : newer) {
            if (!BriefFacts.day(t, in).isAfter(on)) {
                continue;
            }
            String said = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            int found = 0;
            for (Pattern word : asWords) {
                if (word.matcher(said).find() && ++found >= needed) {
                    return true;
                }
            }
        }
        return false;
    }
}
