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
            if (thing != null && !givenSince(thing, in, at, f.today.minusDays(GIVEN_DAYS))) {
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
        f.values.put("owedBefore", sentBefore(f, in, at, first));
        f.values.put("owedWhat", what);
        f.values.put("owedOn", on(f, first.dueOn()));
        f.values.put("owedSaid", what + " (due " + on(f, first.dueOn()) + ")"
                + (also == null ? "" : ", and " + also + " (due " + on(f, owed.get(1).dueOn()) + ")"));
    }

    /**
     * A price we owe them that we gave them before, once or more ("Send Ethan the quote for the
     * American fridge freezer" after two quotes sent): the caller should know this is not the first,
     * so it is said ("; we sent them quotes twice before (September 25 and October 3)"). Empty otherwise.
     */
    private static String sentBefore(BriefFacts f, BriefInput in, Instant at, FollowUp owed) {
        Matcher kind = PRICE_OWED.matcher(owed.reason());
        Matcher subject = SUBJECT.matcher(owed.reason());
        if (!kind.find() || !subject.find()) {
            return "";
        }
        List<app.rapport.domain.Touchpoint> past = in.touchpoints().stream().filter(t -> !t.occurredAt().isAfter(at))
                .sorted(Comparator.comparing(app.rapport.domain.Touchpoint::occurredAt).reversed()).toList();
        List<OpenThreads.Given> given = OpenThreads.pricesGiven(in, past, f.today, f.today, subject.group(1));
        return given.isEmpty() ? "" : "; we sent them " + OpenThreads.givenBefore(f, given);
    }

    private static final Pattern PRICE_OWED = Pattern.compile("\\b(quote|quotation|price|prices|pricing|proposal|estimate)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SENT = Pattern.compile("\\b(sent|emailed|posted|gave|given|handed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:for|about|on)\\s+(?:the\\s+|a\\s+|an\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    /** How far back a contact of ours that gave the same thing makes the follow-up one nobody ticked off. */
    private static final int GIVEN_DAYS = 30;

    /**
     * A contact of ours in the last month already gave it ("Proposal for the rugged tablets sent to
     * Harbourside"), or the outcome of one of theirs says we did ("Sent the price list"): the follow-up
     * was seen to and not ticked off, so nothing is owed.
     */
    private static boolean givenSince(String thing, BriefInput in, Instant at, LocalDate from) {
        Matcher awaited = OwedWords.AWAITED.matcher(thing);
        if (!awaited.find()) {
            return false;
        }
        String kind = awaited.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
        Matcher subject = SUBJECT.matcher(thing);
        String[] words = subject.find() ? subject.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+") : new String[0];
        String last = words.length == 0 ? null : words[words.length - 1].replaceAll("s$", "");
        if (last != null && PRICE_OWED.matcher(kind).find() && OpenThreads.purchasedSince(in, from, LocalDate.ofInstant(at, in.zone()), String.join(" ", words))) {
            return true; // a price for what they have bought since is owed no more ("Paid in full" for the cordless vacuum)
        }
        for (app.rapport.domain.Touchpoint t : in.touchpoints()) {
            if (t.occurredAt().isAfter(at) || BriefFacts.day(t, in).isBefore(from)) {
                continue;
            }
            // the outcome of their own ask is what we did: "asked for a rough price for the fringe trim — Sent the price list"
            String outcome = t.outcome() == null ? "" : t.outcome();
            String said = (t.direction() == app.rapport.domain.Direction.OUTBOUND ? t.summary() + " " + outcome : outcome).toLowerCase(java.util.Locale.ROOT);
            String about = (t.summary() + " " + outcome).toLowerCase(java.util.Locale.ROOT); // "asked about the dishwasher — Sent a quote"
            if (SENT.matcher(said).find() && said.contains(kind) && (last == null || about.contains(last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a follow-up of ours owes them was given in the month before its day or since ("Send Anouk the quote for the
     * dishwasher", due November 13, after "asked about the dishwasher — Sent a quote" on November 2): late on the list, it
     * was kept, and is no promise to say sorry for.
     */
    static boolean given(String reason, BriefInput in, Instant at, LocalDate due) {
        String thing = OwedWords.awaited(reason);
        return thing != null && givenSince(thing, in, at, due.minusDays(GIVEN_DAYS));
    }

    /** A quote they wanted, in the words of a contact ("Wants a quote", "asked for a written quote"). */
    private static final Pattern QUOTE_WANTED = Pattern.compile(
            "\\b(wants?|wanted|asked for|would like) (a |the )?(written |formal )?(quote|quotation)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_FOR = Pattern.compile("\\b(?:quote|quotation) for (the [\\p{L} -]+?)(?= after\\b| from\\b| with\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    /** A price they wanted, not a formal quote: "wanted a rough price for the root touch-up", "asked for a price for the oven". */
    private static final Pattern PRICE_WANTED = Pattern.compile(
            "\\b(wants?|wanted|asked for|would like) (a |the )?(rough |ballpark |firm )?price for\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICE_FOR = Pattern.compile("\\bprice for (the [\\p{L} -]+?)(?= after\\b| from\\b| with\\b| on\\b| in\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    /** "Nadia showed Søren the extended warranty during a visit": the thing shown or offered to them. */
    private static final Pattern SHOWN = Pattern.compile(
            "\\b(?:showed|offered|suggested|presented|recommended)\\s+\\S+\\s+(the [\\p{L} -]+?)(?= during\\b| at\\b| to\\b| as\\b| for\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    /** "Astrid asked about the bond-repair treatment after seeing another client's result": the thing they asked about. */
    private static final Pattern ASKED_ABOUT = Pattern.compile(
            "\\b(?:asked|enquired|inquired) about\\s+(the [\\p{L} -]+?)(?= after\\b| during\\b| at\\b| for\\b| from\\b| with\\b|[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_GIVEN = Pattern.compile("\\b(quote|quotation|price|pricing|proposal)\\b", Pattern.CASE_INSENSITIVE);
    /** From when a quote they wanted and never got is a debt worth a line, and for how long. */
    private static final int QUOTE_OWED_MIN_DAYS = 31;
    private static final int QUOTE_OWED_MAX_DAYS = 365;
    /** Up to when an owed quote may own the call; older, it is a line to own, and the call is about what is fresher. */
    static final int QUOTE_OWED_LEADS_DAYS = 200;

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
            // "wanted a rough price for the root touch-up" in a message: a price is given there and then in person, but in writing it waits for our reply
            // ("No booking yet" says the price came and they did not book; "Will call back after checking with Marco" says it is still to come)
            boolean written = t.direction() == app.rapport.domain.Direction.INBOUND
                    && (t.channel() == app.rapport.domain.Channel.EMAIL || t.channel() == app.rapport.domain.Channel.MESSAGE)
                    && (outcome.isBlank() || TextSignals.askOutcome(outcome) == TextSignals.AskOutcome.OWED);
            boolean quote = QUOTE_WANTED.matcher(words).find();
            if (age < QUOTE_OWED_MIN_DAYS || !(quote || written && PRICE_WANTED.matcher(t.summary()).find()) || !stillWanted) {
                continue;
            }
            Matcher named = (quote ? QUOTE_FOR : PRICE_FOR).matcher(words);
            Matcher shown = SHOWN.matcher(t.summary());
            Matcher asked = ASKED_ABOUT.matcher(t.summary());
            String thing = named.find() ? named.group(1).strip() : shown.find() ? shown.group(1).strip() : asked.find() ? asked.group(1).strip()
                    : TextSignals.offeredThing(t.summary());
            if (thing == null) {
                continue; // no thing named here: an older ask may name the quote still owed
            }
            if (saidElsewhere(f, thing)) {
                return;
            }
            if (givenSince(past.subList(0, i), in, at, on, thing) || OpenThreads.openingClosedSince(in, on, f.today, thing)) {
                continue; // this one was given or settled: an older quote they wanted may still be owed
            }
            // a price for it sent before they asked (the proposal of April 19, then "asked for a quote" at a user day in May): said, so
            // "none is on record as sent" is not read as never
            List<OpenThreads.Given> before = OpenThreads.pricesGiven(in, past.subList(i + 1, past.size()), on, f.today, thing);
            thing = thing.startsWith("The ") ? "t" + thing.substring(1) : thing;
            // a thing gone quiet since the ask is the fresher thread: the owed quote is then a line of that call
            // their ask was the last word we had from them, and we wrote since of other things, unanswered: the quiet since is ours
            // to break, with the quote, however long ago (Giulia Nieminen, read 51: "Wants a quote" for the wedding-day styling in
            // April, then only our tips)
            final int askIndex = i;
            boolean theirLastWord = askIndex > 0 && past.subList(0, askIndex).stream()
                    .noneMatch(since -> since.direction() == app.rapport.domain.Direction.INBOUND || BriefFacts.heard(since));
            f.quoteOwedLeads = (age <= QUOTE_OWED_LEADS_DAYS || theirLastWord) && (!f.offerGoneQuiet || f.quietAgeDays == null || f.quietAgeDays > age);
            f.values.put("quoteOwedThing", thing);
            f.values.put("quoteOwedWhen", TimeWords.ago(age));
            f.values.put("quoteOwedAsk", quote ? "a quote" : "a price");
            f.values.put("quoteOwedNoun", quote ? "quote" : "price");
            f.values.put("quoteOwedSaid", "They wanted " + (quote ? "a quote" : "a price") + " for " + thing + " (" + f.dayInWords(on, f.today) + ": \u201c"
                    + BriefFacts.said(t) + "\u201d), and none is on record as sent" + (before.isEmpty() ? ""
                    : " since " + before.get(before.size() - 1).what() + " of " + f.dayInWords(before.get(before.size() - 1).on(), f.today)));
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

    /**
     * Something since the ask gives or settles the quote: a contact of ours that says a price went out;
     * a follow-up of ours about a quote, done, that names this thing or no other ("Send Ethan a written
     * quote for the capsule coffee maker" does not answer his ask about the cordless vacuum); the thing
     * bought since. Buying something else is no answer to a quote for this.
     */
    private static boolean givenSince(List<app.rapport.domain.Touchpoint> since, BriefInput in, Instant at, LocalDate on, String thing) {
        for (app.rapport.domain.Touchpoint t : since) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == app.rapport.domain.Direction.OUTBOUND && OpenThreads.saysPriceGiven(words)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            // a chase on their decision about it ("Chase Niamh on the barcode scanners budget decision") tells that they had it
            if (!BriefFacts.openAt(fu, at) && fu.dueOn() != null && !fu.dueOn().isBefore(on)
                    && (QUOTE_GIVEN.matcher(fu.reason()).find() || TextSignals.saysChaseDecision(fu.reason()))
                    && OpenThreads.aboutOrNothingElse(fu.reason(), thing)) {
                return true;
            }
        }
        LocalDate today = LocalDate.ofInstant(at, in.zone());
        if (!OpenThreads.pricesGiven(in, since, on.plusDays(1), today.plusDays(1), today, thing).isEmpty()) {
            return true; // "Sent a quote" as the outcome of a later contact about it
        }
        return OpenThreads.boughtSince(in, on, today, thing);
    }

    private static String on(BriefFacts f, LocalDate day) {
        long days = BriefFacts.days(f.today, day);
        String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : days < 7 ? weekday + ", " + f.dayInWords(day, f.today) : f.dayInWords(day, f.today);
    }
}
