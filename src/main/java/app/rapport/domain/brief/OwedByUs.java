package app.rapport.domain.brief;

import app.rapport.domain.FollowUp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something we owe them, due in the days ahead: a follow-up of ours to give them something they are
 * waiting for ("Send Robert the price for the repair mask", "Send Freya the quote for the
 * dishwasher", "Call Pierre back about delivery times"). While it is owed, the call's first point
 * is to give it, and nothing is asked of them (no review, no referral) before it is given. A
 * follow-up already late is a late promise, its own situation; a reminder to sell again is ours,
 * not theirs.
 */
final class OwedByUs {
    /** How far ahead a thing owed still sets the call: beyond this, the call can wait for it. */
    static final int OWED_AHEAD_DAYS = 14;

    private OwedByUs() {
    }

    /** Reads what we owe them in the days ahead into the facts ({@code owedWhat}, {@code owedOn}, {@code owedSaid}). */
    static void read(BriefFacts f, BriefInput in, Instant at) {
        List<FollowUp> owed = new ArrayList<>();
        for (FollowUp fu : in.followUps()) {
            if (!BriefFacts.openAt(fu, at) || fu.dueOn() == null || fu.dueOn().isBefore(f.today)
                    || fu.dueOn().isAfter(f.today.plusDays(OWED_AHEAD_DAYS)) || TextSignals.saysSalesReminder(fu.reason())) {
                continue;
            }
            String thing = OwedWords.awaited(fu.reason());
            if (thing != null && !givenLately(thing, in, at, f.today)) {
                owed.add(fu);
            }
        }
        if (owed.isEmpty()) {
            return;
        }
        owed.sort(Comparator.comparing(FollowUp::dueOn));
        FollowUp first = owed.get(0);
        String what = OwedWords.awaited(first.reason());
        String also = owed.size() > 1 ? OwedWords.awaited(owed.get(1).reason()) : null;
        if (also != null && also.equalsIgnoreCase(what)) {
            also = null;
        }
        f.values.put("owedWhat", what);
        f.values.put("owedOn", on(f, first.dueOn()));
        f.values.put("owedSaid", what + " (due " + on(f, first.dueOn()) + ")"
                + (also == null ? "" : ", and " + also + " (due " + on(f, owed.get(1).dueOn()) + ")"));
    }

    private static final Pattern SENT = Pattern.compile("\\b(sent|emailed|posted|gave|given|handed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:for|about|on)\\s+(?:the\\s+|a\\s+|an\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    /** How far back a contact of ours that gave the same thing makes the follow-up one nobody ticked off. */
    private static final int GIVEN_DAYS = 30;

    /**
     * A contact of ours in the last month already gave it ("Proposal for the rugged tablets sent to
     * Harbourside"): the follow-up was seen to and not ticked off, so nothing is owed.
     */
    private static boolean givenLately(String thing, BriefInput in, Instant at, LocalDate today) {
        Matcher awaited = OwedWords.AWAITED.matcher(thing);
        if (!awaited.find()) {
            return false;
        }
        String kind = awaited.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
        Matcher subject = SUBJECT.matcher(thing);
        String[] words = subject.find() ? subject.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+") : new String[0];
        String last = words.length == 0 ? null : words[words.length - 1].replaceAll("s$", "");
        for (app.rapport.domain.Touchpoint t : in.touchpoints()) {
            if (t.occurredAt().isAfter(at) || t.direction() != app.rapport.domain.Direction.OUTBOUND
                    || BriefFacts.days(BriefFacts.day(t, in), today) > GIVEN_DAYS) {
                continue;
            }
            String said = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(java.util.Locale.ROOT);
            if (SENT.matcher(said).find() && said.contains(kind) && (last == null || said.contains(last))) {
                return true;
            }
        }
        return false;
    }

    /** A quote they wanted, in the words of a contact ("Wants a quote", "asked for a written quote"). */
    private static final Pattern QUOTE_WANTED = Pattern.compile(
            "\\b(wants?|wanted|asked for|would like) (a |the )?(written |formal )?(quote|quotation)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_FOR = Pattern.compile("\\b(?:quote|quotation) for (the [\\p{L} -]+?)(?= after\\b| from\\b| with\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    /** "Nadia showed Søren the extended warranty during a visit": the thing shown or offered to them. */
    private static final Pattern SHOWN = Pattern.compile(
            "\\b(?:showed|offered|suggested|presented|recommended)\\s+\\S+\\s+(the [\\p{L} -]+?)(?= during\\b| at\\b| to\\b| as\\b| for\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_GIVEN = Pattern.compile("\\b(quote|quotation|price|pricing|proposal)\\b", Pattern.CASE_INSENSITIVE);
    /** From when a quote they wanted and never got is a debt worth a line, and for how long. */
    private static final int QUOTE_OWED_MIN_DAYS = 31;
    private static final int QUOTE_OWED_MAX_DAYS = 365;

    /**
     * A quote they wanted over a month ago that nothing since shows was given: no contact of ours
     * since speaks of a quote, a price or a proposal sent, no follow-up about it was done, nothing
     * was bought since ({@code quoteOwedSaid}). {@code past} is what had happened by then, newest first.
     */
    static void quoteNeverSent(BriefFacts f, BriefInput in, Instant at, List<app.rapport.domain.Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), 60); i++) {
            app.rapport.domain.Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > QUOTE_OWED_MAX_DAYS) {
                return;
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            String outcome = t.outcome() == null ? "" : t.outcome();
            // "Thinking about it", "Needs approval" after asking for a quote: what they weigh up is the quote they asked for, still
            // to come; only an outcome that says it was given there and then ("Sent pricing", "Quoted on the spot") settles it.
            boolean stillWanted = !(QUOTE_GIVEN.matcher(outcome).find() && SENT.matcher(outcome).find()) && !outcome.toLowerCase(java.util.Locale.ROOT).contains("quoted")
                    && !TextSignals.saysBooked(outcome);
            if (age < QUOTE_OWED_MIN_DAYS || !QUOTE_WANTED.matcher(words).find() || !stillWanted) {
                continue;
            }
            Matcher named = QUOTE_FOR.matcher(words);
            Matcher shown = SHOWN.matcher(t.summary());
            String thing = named.find() ? named.group(1).strip() : shown.find() ? shown.group(1).strip() : TextSignals.offeredThing(t.summary());
            if (thing == null || givenSince(past.subList(0, i), in, at, on) || saidElsewhere(f, thing)
                    || OpenThreads.openingClosedSince(in, on, f.today, thing)) {
                return;
            }
            thing = thing.startsWith("The ") ? "t" + thing.substring(1) : thing;
            f.values.put("quoteOwedSaid", "They wanted a quote for " + thing + " (" + f.dayInWords(on, f.today) + ": \u201c"
                    + t.summary().strip().replaceAll("[.]+$", "") + (t.outcome() == null || t.outcome().isBlank() ? "" : " \u2014 " + t.outcome().strip().replaceAll("[.]+$", ""))
                    + "\u201d), and none is on record as sent");
            return;
        }
    }

    /** The brief already speaks of the thing as an ask, an offer or something gone quiet: said once is enough. */
    private static boolean saidElsewhere(BriefFacts f, String thing) {
        String[] words = thing.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String last = words[words.length - 1].replaceAll("s$", "");
        for (String key : List.of("askWhat", "olderAsk", "offerWhat", "quietThing", "asideThing", "request")) {
            String said = f.values.get(key);
            if (said != null && said.toLowerCase(java.util.Locale.ROOT).contains(last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean givenSince(List<app.rapport.domain.Touchpoint> since, BriefInput in, Instant at, LocalDate on) {
        for (app.rapport.domain.Touchpoint t : since) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == app.rapport.domain.Direction.OUTBOUND
                    && (QUOTE_GIVEN.matcher(words).find() && SENT.matcher(words).find() || TextSignals.saysPriceOrProposalSent(words) || TextSignals.saysOfferedAtAPrice(words))) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (!BriefFacts.openAt(fu, at) && fu.dueOn() != null && !fu.dueOn().isBefore(on) && QUOTE_GIVEN.matcher(fu.reason()).find()) {
                return true;
            }
        }
        return in.purchases().stream().anyMatch(p -> p.purchasedOn() != null && p.purchasedOn().isAfter(on) && !p.purchasedOn().isAfter(LocalDate.ofInstant(at, in.zone())));
    }

    private static String on(BriefFacts f, LocalDate day) {
        long days = BriefFacts.days(f.today, day);
        String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : days < 7 ? weekday + ", " + f.dayInWords(day, f.today) : f.dayInWords(day, f.today);
    }
}
