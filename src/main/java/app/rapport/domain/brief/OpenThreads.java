package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Purchase;
import app.rapport.domain.Product;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is open between us and them about one thing, read from the whole record the same way for
 * every line that speaks of it: a quote, a proposal or a price they asked for is <em>owed</em> by us
 * until a contact or a follow-up of ours gives it; once given it is <em>sent</em>, and the move is
 * theirs; an opening about it closed, or the thing bought, <em>closes</em> it. A line about a thing
 * asks this model, so that what we owe is never said as their silence or their deciding, what we sent
 * is asked about, and nothing settled is said as open.
 */
final class OpenThreads {
    /** Whose move it is on a thing they asked a price for. */
    enum State {
        /** They asked, and nothing of ours since gives it: ours to send. */
        OWED,
        /** We gave it: theirs to answer. */
        SENT,
        /** Bought since, or its opening closed: nothing is open. */
        CLOSED
    }

    /** A thread's state, the day it took that state, and what was given (for {@link State#SENT}: "the proposal"). */
    record Thread(State state, LocalDate on, String what) {
    }

    /** They asked us for a price: "asked for a written quote", "Wants a quote", "Proposal requested". */
    private static final Pattern ASKED_FOR = Pattern.compile(
            "\\b(?:(?:wants?|wanted|asked (?:us |me )?for|would like|requested|needs?)\\s+(?:a |an |the |some )?(?:written |formal |rough |firm )?"
                    + "(quote|quotation|price|pricing|proposal|estimate)|(quote|quotation|proposal|estimate|pricing) requested)",
            Pattern.CASE_INSENSITIVE);
    /** A price given: "Sent a quote", "Proposal for the dash cams sent", "Quoted on the spot". */
    private static final Pattern GIVEN = Pattern.compile(
            "\\b(?:sent|emailed|gave|handed|posted)\\b[^.;]{0,50}?\\b(quote|quotation|proposal|estimate|pricing|prices?)\\b(?! list)"
                    + "|\\b(quote|quotation|proposal|estimate|pricing)(?: for [^.;]{1,40}?)? (?:sent|emailed|given|posted)\\b|\\bquoted\\b",
            Pattern.CASE_INSENSITIVE);
    /** A follow-up of ours that sends a price: "Send Redwood the proposal for the dash cams". */
    private static final Pattern SEND_REASON = Pattern.compile(
            "^\\s*(?:send|e-?mail|post|give|forward)\\b.*?\\b(quote|quotation|proposal|estimate|pricing|prices?)\\b(?! list)", Pattern.CASE_INSENSITIVE);

    private OpenThreads() {
    }

    /** A price list given: "Sent the price list", "Emailed Ana our price list". A whole list is a price for whatever they asked about. */
    private static final Pattern PRICE_LIST_GIVEN = Pattern.compile(
            "\\b(?:sent|emailed|gave|handed|posted)\\b[^.;]{0,40}?\\bprice list\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEND_PRICE_LIST = Pattern.compile(
            "^\\s*(?:send|e-?mail|post|give|forward)\\b.*?\\bprice list\\b", Pattern.CASE_INSENSITIVE);

    /** One time we gave them a price: the day, and what went ("the price list", "the quote"). */
    record Given(LocalDate on, String what, boolean named) {
    }

    /**
     * Every time we gave them a price for {@code thing} before {@code before}, and within the year
     * before {@code today}, oldest first: a contact of ours whose words say a quote, a proposal, a
     * price or the price list went out; a contact of theirs whose outcome says so ("asked whether a cut
     * and blow-dry would get there — Sent the price list"); a follow-up of ours to send one, done.
     * Words that name another thing ("the quote for the dishwasher") do not count; words that name
     * nothing (the price list) do. One reading, so every line that says what we sent counts the same.
     */
    static List<Given> pricesGiven(BriefInput in, List<Touchpoint> past, LocalDate before, LocalDate today, String thing) {
        return pricesGiven(in, past, LocalDate.MIN, before, today, thing);
    }

    /** {@link #pricesGiven(BriefInput, List, LocalDate, LocalDate, String)} on or after {@code from} only. */
    static List<Given> pricesGiven(BriefInput in, List<Touchpoint> past, LocalDate from, LocalDate before, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        List<Given> given = new ArrayList<>();
        if (topic.isEmpty()) {
            return given;
        }
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (!on.isBefore(before) || on.isBefore(from) || BriefFacts.days(on, today) > OWED_MAX_DAYS) {
                continue;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = t.summary() + " \u2014 " + outcome;
            String gave = gave(t.direction() == Direction.OUTBOUND ? words : outcome);
            boolean named = names(words, topic);
            // a quote is for what its contact names; a price list is for anything, unless its contact is about something else
            if (gave != null && (named || gave.equals("the price list") && TextSignals.theThing(t.summary()) == null)) {
                given.add(new Given(on, gave, named));
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null) {
                continue;
            }
            LocalDate done = fu.doneAt().atZone(in.zone()).toLocalDate();
            Matcher send = SEND_REASON.matcher(fu.reason());
            boolean list = SEND_PRICE_LIST.matcher(fu.reason()).find();
            if (!done.isBefore(before) || done.isBefore(from) || done.isAfter(today) || BriefFacts.days(done, today) > OWED_MAX_DAYS
                    || !(list || send.find()) || !names(fu.reason(), topic) && fu.reason().toLowerCase(Locale.ROOT).contains(" for the ")
                    || given.stream().anyMatch(g -> g.on().equals(done))) {
                continue;
            }
            given.add(new Given(done, list ? "the price list" : "the " + send.group(1).toLowerCase(Locale.ROOT), names(fu.reason(), topic)));
        }
        given.sort(java.util.Comparator.comparing(Given::on));
        return given;
    }

    /**
     * Our own words say a price went out, in any of the ways it is logged: "Sent pricing", "Proposal for
     * the dash cams sent", "Sent a quote", "Quoted on the spot", "Offered Ethan the service plan at 10% off".
     */
    static boolean saysPriceGiven(String words) {
        return QUOTE_WORD.matcher(words).find() && SENT_WORD.matcher(words).find() || TextSignals.saysPriceOrProposalSent(words)
                || TextSignals.saysOfferedAtAPrice(words);
    }

    private static final Pattern SENT_WORD = Pattern.compile("\\b(sent|emailed|posted|gave|given|handed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_WORD = Pattern.compile("\\b(quote|quotation|price|pricing|proposal)\\b", Pattern.CASE_INSENSITIVE);

    /** The words name the thing, or no other thing ("Send the quote", not "Send the quote for the dishwasher"). */
    static boolean aboutOrNothingElse(String words, String thing) {
        List<String> topic = topic(thing);
        return topic.isEmpty() || names(words, topic) || !words.toLowerCase(Locale.ROOT).contains(" for the ");
    }

    /** The thing bought on or after {@code on}; an opening of it closed does not count. */
    static boolean purchasedSince(BriefInput in, LocalDate on, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        return !topic.isEmpty() && purchasedOn(in, on, today, topic) != null;
    }

    /** The newest day from {@code on} to {@code today} on which the thing was bought, or null. */
    private static LocalDate purchasedOn(BriefInput in, LocalDate on, LocalDate today, List<String> topic) {
        LocalDate bought = null;
        for (Purchase p : in.purchases()) {
            if (p.purchasedOn() != null && !p.purchasedOn().isBefore(on) && !p.purchasedOn().isAfter(today) && names(BriefFacts.itemName(p, in), topic)) {
                bought = bought == null || p.purchasedOn().isAfter(bought) ? p.purchasedOn() : bought;
            }
        }
        return bought;
    }

    /** The thing bought, or its opening closed, on or after {@code on}. */
    static boolean boughtSince(BriefInput in, LocalDate on, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        return !topic.isEmpty() && closedOn(in, on, today, topic) != null;
    }

    /** What the words say we gave ("the price list", "the quote"), or null when they say no price went out. */
    private static String gave(String words) {
        if (PRICE_LIST_GIVEN.matcher(words).find()) {
            return "the price list";
        }
        Matcher given = GIVEN.matcher(words);
        return given.find() ? the(given) : null;
    }

    /**
     * The times we gave them a price, said as the caller needs it: "the price list twice (November 9 and
     * November 22)", "a quote (September 25)"; null when we never did.
     */
    static String givenSaid(BriefFacts f, List<Given> given) {
        if (given.isEmpty()) {
            return null;
        }
        boolean same = given.stream().map(Given::what).distinct().count() == 1;
        String what = same ? given.get(0).what() : "a price";
        if (given.size() > 1 && same && !what.equals("the price list")) {
            what = what.replaceFirst("^the ", "") + "s";
            what = what.equals("pricess") ? "prices" : what;
        }
        List<String> days = given.stream().map(g -> f.dayInWords(g.on(), f.today)).toList();
        String when = days.size() == 1 ? days.get(0)
                : String.join(", ", days.subList(0, days.size() - 1)) + " and " + days.get(days.size() - 1);
        String times = given.size() == 1 ? "" : given.size() == 2 ? " twice" : " " + TimeWords.count(given.size()) + " times";
        return what + times + " (" + when + ")";
    }

    /** "the price list twice before (November 9 and November 22)". */
    static String givenBefore(BriefFacts f, List<Given> given) {
        return givenSaid(f, given).replaceFirst(" \\(", " before (");
    }

    /**
     * Reads {@code askAnswer}, the end of the line about a price they asked for days ago: when we gave
     * them a price for the same thing before, this is not the first time they ask, and the caller should
     * know it (a price list sent twice, and asked for a third time, wants the price itself, plainly);
     * when they turned the thing down since for a reason that a price answers ("will wait for a
     * promotion", "too dear", "after payday"), the line answers that reason instead of asking again.
     */
    static void askedBefore(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("askAnswer", ": have the answer ready before you start");
        Touchpoint asked = f.askTouchpoint;
        String thing = f.values.get("askThing");
        if (!f.askedInWords || asked == null || !"price".equals(f.askState) || thing == null || thing.equals("it")) {
            return;
        }
        LocalDate on = BriefFacts.day(asked, in);
        List<Given> given = pricesGiven(in, past, on, f.today, thing);
        Opportunity refusal = refusalOf(in, on, f.today, thing);
        if (given.isEmpty() && refusal == null) {
            return;
        }
        String said = "";
        if (!given.isEmpty()) {
            // each price sent for this thing answered an ask of theirs about it: this ask is one more
            boolean eachAsked = given.stream().allMatch(Given::named);
            said = ". We sent them " + givenBefore(f, given) + (eachAsked ? ", so this is the " + ORDINALS.get(Math.min(given.size(), ORDINALS.size() - 1))
                    + " time they have asked" : "");
        }
        if (refusal == null) {
            f.values.put("askAnswer", said + ": have the price itself ready this time, and say it plainly");
            return;
        }
        String reason = BriefFacts.stripEnd(refusal.reasonText());
        String turned = " they turned it down on " + f.dayInWords(refusal.openedOn(), f.today) + " (\u201c" + reason + "\u201d)";
        String answer = switch (TextSignals.refusalWaitsFor(reason)) {
            case PROMOTION -> "give the price, and say plainly whether it will come down soon (tell them honestly if it will not)";
            case PAYDAY -> "give the price, and offer them a time after payday";
            case TOO_DEAR -> "give the price plainly, and say what it includes or what smaller option there is";
            case NOTHING -> null;
        };
        if (answer == null) {
            f.values.put("askAnswer", said + (said.isEmpty() ? ": have the answer ready before you start, knowing" : ", and")
                    + turned + (said.isEmpty() ? "" : ": have the price itself ready this time, and say it plainly"));
            return;
        }
        f.values.put("askAnswer", (said.isEmpty() ? ";" : said + ", and") + turned + ": " + answer);
    }

    /** "second" for a price asked for once before: the time this ask is. */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /** The newest refusal of the thing, still open, said before {@code on} and within the year, with a reason in words; or null. */
    private static Opportunity refusalOf(BriefInput in, LocalDate on, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        Opportunity newest = null;
        for (Opportunity o : in.opportunities()) {
            if (o.kind() != app.rapport.domain.OpportunityKind.REFUSAL || o.status() != OpportunityStatus.OPEN || o.openedOn() == null
                    || o.openedOn().isAfter(on) || BriefFacts.days(o.openedOn(), today) > OWED_MAX_DAYS
                    || o.reasonText() == null || o.reasonText().isBlank() || o.summary() == null || !names(o.summary(), topic)) {
                continue;
            }
            newest = newest == null || o.openedOn().isAfter(newest.openedOn()) ? o : newest;
        }
        return newest;
    }

    /**
     * The state of the newest price they asked for about {@code thing} ("the dash cams"), read over
     * {@code past} (newest first) up to {@code today}; null when they never asked a price for it.
     */
    static Thread priceAsked(BriefInput in, List<Touchpoint> past, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        if (topic.isEmpty()) {
            return null;
        }
        for (int i = 0; i < past.size(); i++) {
            Touchpoint t = past.get(i);
            if (BriefFacts.days(BriefFacts.day(t, in), today) > OWED_MAX_DAYS) {
                return null; // newest first: a price asked for over a year ago is history
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = t.summary() + " \u2014 " + outcome;
            Matcher asked = ASKED_FOR.matcher(words);
            if (!asked.find() || !names(words, topic)) {
                continue;
            }
            LocalDate on = BriefFacts.day(t, in);
            Matcher given = GIVEN.matcher(t.direction() == Direction.OUTBOUND ? words : outcome); // "Proposal for the module sent — Proposal requested"
            if (given.find()) {
                return new Thread(State.SENT, on, the(given));
            }
            return since(in, past.subList(0, i), on, today, topic, kind(asked));
        }
        return null;
    }

    /** A price for the thing given by a contact or a follow-up of ours after {@code on} (newest first in {@code newer}), or null. */
    static Thread sentSince(BriefInput in, List<Touchpoint> newer, LocalDate on, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        if (topic.isEmpty()) {
            return null;
        }
        Thread since = since(in, newer, on, today, topic, null);
        return since != null && since.state() == State.SENT ? since : null;
    }

    /** What happened to a price asked for on {@code on}: given by a contact or a follow-up of ours, closed, or still owed. */
    private static Thread since(BriefInput in, List<Touchpoint> newer, LocalDate on, LocalDate today, List<String> topic, String kind) {
        Thread sent = null;
        for (Touchpoint t : newer) {
            String words = t.summary() + " \u2014 " + (t.outcome() == null ? "" : t.outcome());
            Matcher given = GIVEN.matcher(words);
            if (t.direction() == Direction.OUTBOUND && given.find() && (names(words, topic) || !words.toLowerCase(Locale.ROOT).contains(" for the "))) {
                sent = new Thread(State.SENT, BriefFacts.day(t, in), the(given));
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null) {
                continue;
            }
            LocalDate done = fu.doneAt().atZone(in.zone()).toLocalDate();
            Matcher send = SEND_REASON.matcher(fu.reason());
            if (done.isBefore(on) || done.isAfter(today) || !names(fu.reason(), topic)) {
                continue;
            }
            if (send.find() && (sent == null || done.isAfter(sent.on()))) {
                sent = new Thread(State.SENT, done, "the " + send.group(1).toLowerCase(Locale.ROOT));
            }
        }
        LocalDate closed = closedOn(in, on, today, topic);
        if (closed != null && (sent == null || !closed.isBefore(sent.on()))) {
            return new Thread(State.CLOSED, closed, null);
        }
        // A reminder of ours done since ("Ask Morgan about the bond-repair treatment again", "Chase Oisín on the budget decision")
        // gives them nothing: what they asked for is still owed.
        return sent != null ? sent : BriefFacts.days(on, today) > OWED_MAX_DAYS ? null : new Thread(State.OWED, on, kind);
    }

    /** The day it was bought or its opening closed (won, lost or dismissed) on or after {@code on}; null when neither. */
    private static LocalDate closedOn(BriefInput in, LocalDate on, LocalDate today, List<String> topic) {
        LocalDate closed = purchasedOn(in, on, today, topic);
        for (Opportunity o : in.opportunities()) {
            String about = (o.summary() == null ? "" : o.summary()) + " " + (o.reasonText() == null ? "" : o.reasonText());
            if (o.status() != OpportunityStatus.OPEN && o.closedOn() != null && !o.closedOn().isBefore(on) && !o.closedOn().isAfter(today)
                    && names(about, topic)) {
                closed = closed == null || o.closedOn().isAfter(closed) ? o.closedOn() : closed;
            }
        }
        return closed;
    }

    /**
     * A follow-up of ours about it done since they spoke of it, or an opening about it closed since:
     * we came back to it, or it was settled, so it is not "nothing since". ({@code thing} in lower case,
     * without its article, is matched as said.)
     */
    static boolean spokenOfOrClosed(BriefInput in, LocalDate askedOn, LocalDate today, String thing) {
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() != null && fu.reason() != null && fu.reason().toLowerCase(Locale.ROOT).contains(thing)) {
                LocalDate done = fu.doneAt().atZone(in.zone()).toLocalDate();
                if (!done.isBefore(askedOn) && !done.isAfter(today)) {
                    return true;
                }
            }
        }
        for (Opportunity o : in.opportunities()) {
            String about = ((o.summary() == null ? "" : o.summary()) + " " + (o.reasonText() == null ? "" : o.reasonText())).toLowerCase(Locale.ROOT);
            if (o.status() != OpportunityStatus.OPEN && o.closedOn() != null && !o.closedOn().isBefore(askedOn) && !o.closedOn().isAfter(today)
                    && about.contains(thing)) {
                return true;
            }
        }
        return false;
    }

    /** An opening about the thing (most of its words) closed on or after {@code on}: what was weighed up there is settled. */
    static boolean openingClosedSince(BriefInput in, LocalDate on, LocalDate today, String thing) {
        List<String> topic = topic(thing);
        if (topic.isEmpty()) {
            return false;
        }
        for (Opportunity o : in.opportunities()) {
            String about = (o.summary() == null ? "" : o.summary()) + " " + (o.reasonText() == null ? "" : o.reasonText());
            if (o.status() != OpportunityStatus.OPEN && o.closedOn() != null && !o.closedOn().isBefore(on) && !o.closedOn().isAfter(today)
                    && names(about, topic)) {
                return true;
            }
        }
        return false;
    }

    /** A follow-up of ours, still open, to send a price for the thing: promised, so not yet given. */
    static boolean sendStillOpen(BriefInput in, LocalDate on, String thing) {
        List<String> topic = topic(thing);
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null && fu.reason() != null && fu.dueOn() != null && !fu.dueOn().isBefore(on)
                    && SEND_REASON.matcher(fu.reason()).find() && (topic.isEmpty() || names(fu.reason(), topic))) {
                return true;
            }
        }
        return false;
    }

    /** Older than this, a price asked for is history, not a debt. */
    static final int OWED_MAX_DAYS = 365;
    /** Older than this, a price they asked for and never got is owed with a sorry. */
    static final int OWED_LATE_DAYS = 14;
    private static final Pattern NO_REPLY = Pattern.compile("^\\s*no reply(?: yet)?\\W*$", Pattern.CASE_INSENSITIVE);

    /** Our own "No reply yet" is no word of theirs: their reply is then what the summary says after the semicolon. */
    static boolean noReply(String outcome) {
        return outcome != null && NO_REPLY.matcher(outcome).find();
    }

    /**
     * Reads {@code offerStanding}, {@code offerOwed} and {@code offerNext} for something we offered that
     * they are thinking over: a price they asked for it that we never sent is ours to send (said sorry
     * for once), one we sent is asked about, and only otherwise is the decision theirs.
     */
    static void offer(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        String what = f.values.get("offerWhat");
        f.values.put("offerStanding", ". Ask where they are with it");
        f.values.put("offerOwed", "");
        f.values.put("offerNext", "Note their answer about " + what + ": a yes with a date, a no with its reason, or the day they expect to decide.");
        f.values.put("offerWaitThey", "they wanted to think it over");
        f.values.put("offerWaitYou", "you wanted to think it over.");
        f.values.put("offerAskYou", "Have any questions come up since?");
        if (!f.offerPending || what == null) {
            return;
        }
        if (TextSignals.waitsOnApproval(f.values.getOrDefault("offerReply", ""))) {
            // "Needs approval": the answer waits on whoever signs it off, and the call helps it along rather than asks what they think
            f.values.put("offerWaitThey", "it was waiting for approval on their side");
            f.values.put("offerWaitYou", "it needed approval on your side.");
            f.values.put("offerAskYou", "Has it been through, or is there anything I could send to help it along?");
        }
        Thread thread = priceAsked(in, past, f.today, what);
        if (thread == null || thread.state() == State.CLOSED) {
            chased(f, in, past, what);
            return;
        }
        String day = f.dayInWords(thread.on(), f.today);
        if (thread.state() == State.SENT) {
            f.values.put("offerStanding", ". We sent " + thread.what() + " (" + day + "): ask whether it suited them, and where they are with it");
            return;
        }
        boolean sameDay = thread.on().equals(f.today.minusDays(f.offerAgeDays)); // "Proposal requested" is their reply itself
        if (BriefFacts.days(thread.on(), f.today) < OWED_LATE_DAYS) {
            // Not late yet, but still ours: "Wants a quote" is no decision of theirs to ask after, it is a quote for us to send
            // (Victoria Rosen, read 46: "they said: 'Wants a quote'. Ask where they are with it").
            f.values.put("offerStanding", sameDay ? ": " + thread.what().replaceFirst("^(?:a|an) ", "the ") + " is ours to send, so send it"
                    : ". They asked us for " + thread.what() + " (" + day + "): it is ours to send, so send it");
            f.values.put("offerWaitThey", "they asked us for " + thread.what());
            f.values.put("offerWaitYou", "you asked us for " + thread.what() + ".");
            f.values.put("offerAskYou", "I'll send it today: is there anything you would like it to include?");
            f.values.put("offerNext", "Send " + thread.what().replaceFirst("^(?:a|an) ", "the ") + " for " + what + " the same day, and note when to hear back.");
            return;
        }
        f.values.put("offerStanding", sameDay ? ": none is on record as sent, so say sorry once, and send it"
                : ". They asked us for " + thread.what() + " (" + day + "), and none is on record as sent: say sorry once, and send it");
        f.values.put("offerOwed", " You asked us for " + thread.what() + ", and I'm sorry we haven't sent it yet.");
        f.values.put("offerNext", "Send " + thread.what().replaceFirst("^(?:a|an) ", "the ") + " for " + what + " the same day, and note when to hear back.");
    }

    /** Our own chase of an offer: "Called Susan to ask about the gloss package again", "followed up on the proposal". */
    private static final Pattern CHASED = Pattern.compile(
            "\\b(?:ask(?:ed)?|check(?:ed)?)\\b[^.;]{0,60}\\bagain\\b|\\b(?:chased|followed up on|follow up on|reminded \\p{L}+ (?:of|about))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Our own word on the offer since, with no word of theirs on it after: the newest such is when we last chased it
     * ({@code offerChasedAgeDays}), and one that says it asks again ("Called Susan to ask about the gloss package again")
     * makes the call ask once more, lightly, rather than as if for the first time (Susan MacDonald, read 47).
     */
    private static void chased(BriefFacts f, BriefInput in, List<Touchpoint> past, String what) {
        if (f.offerAgeDays == null) {
            return;
        }
        LocalDate offered = f.today.minusDays(f.offerAgeDays);
        List<String> topic = topic(what);
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (!on.isAfter(offered)) {
                return;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = (t.summary() == null ? "" : t.summary()) + " " + outcome;
            if (!names(words, topic)) {
                continue;
            }
            if (t.direction() != Direction.OUTBOUND || BriefFacts.heard(t) && !outcome.isBlank()) {
                return; // a word of theirs on it since, or an answer logged: the pending offer reads that itself
            }
            if (f.offerChasedAgeDays == null && (outcome.isBlank() || noReply(outcome))) {
                f.offerChasedAgeDays = BriefFacts.days(on, f.today);
                f.values.put("offerChasedOn", f.dayInWords(on, f.today));
            }
            if (CHASED.matcher(words).find()) {
                String day = f.dayInWords(on, f.today);
                f.values.put("offerStanding", ". We asked about it again (" + day + "), and no answer is on record: ask once more, lightly, and leave it with them");
                f.values.put("offerAskYou", "I know I asked on " + day + " too, so just say if it isn't for you right now.");
                return;
            }
        }
    }

    /**
     * Reads {@code askReady}, {@code askWho} and {@code askStanding} for something they asked about and
     * are deciding on: when what they needed was sent since, the lines ask what they made of it instead
     * of preparing it again; a price they asked for and never got is owned.
     */
    static void ask(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("askReady", ": have the details and the price ready, and offer them a time");
        f.values.put("askWho", "Say who will send the details, and by when.");
        f.values.put("askStanding", " and were still deciding: ask whether they would like to go ahead");
        f.values.put("askHelp", ": the price, and a time that suits them");
        f.values.put("askBecause", " and have not decided yet");
        if (!"deciding".equals(f.askState) || f.askTouchpoint == null) {
            return;
        }
        Touchpoint asking = f.askTouchpoint;
        if (saysNotAFit(asking.outcome()) && f.values.getOrDefault("askSoFar", "").startsWith(", so ")) {
            // "can we supply barcode scanners with a three-year warranty? — Not a fit yet", and nothing sent since: the answer was given, and it was no for now
            String answer = "\u201c" + BriefFacts.stripEnd(asking.outcome().strip()) + "\u201d";
            f.values.put("askSoFar", ", and back then it wasn't a fit yet. I wanted to see whether anything has changed since, and what would make it work for you.");
            f.values.put("askReady", ", and the answer then was " + answer + ": start from that answer and why, not from a price, and ask whether anything has changed");
            f.values.put("askWho", "");
            f.values.put("askStanding", ", and the answer then was " + answer + ": ask whether anything has changed since");
            f.values.put("askHelp", ": start from the answer then (" + answer + ") and why, and whether anything has changed");
            f.values.put("askNext", "Note what has changed since, if anything, and what would make it a fit, as a follow-up with a date.");
            f.values.put("askBecause", ", and the answer then was that it was not a fit yet");
            return;
        }
        TextSignals.Ask question = TextSignals.ask(asking.summary(), asking.direction() == Direction.OUTBOUND);
        String instead = ReportedQuestion.sentInstead(question, asking.outcome());
        if (instead != null) {
            // "how often does it need refreshing — Sent the price list": what we sent is not the answer, so no line says it was
            boolean priced = instead.equals("a quote") || instead.equals("a quotation") || instead.equals("the price");
            f.values.put("askSoFar", ", and we sent you " + instead + (priced ? ", but not an answer to that" : ", which didn't really answer it")
                    + ". I wanted to give you a proper answer, and see what would suit you.");
            FollowUp step = stepForTheQuestion(in, question, BriefFacts.day(asking, in));
            f.values.put("askReady", ": we sent " + instead + (priced ? ", which says what it costs but not that" : ", which does not answer it")
                    + ", so have the answer itself ready" + (step == null ? ", and offer them a time"
                    : "; \u201c" + BriefFacts.stripEnd(step.reason().strip()) + "\u201d is due " + f.dayInWords(step.dueOn(), f.today)
                    + " and settles it, so offer them a day for it"));
            f.values.put("askWho", "");
            f.values.put("askStanding", ", and we sent " + instead + ", which does not answer it: give them the answer itself, and ask whether they would like to go ahead");
            // what they need to decide is the answer, not the price again
            f.values.put("askHelp", ": a plain answer to that first, then a time that suits them");
            f.values.put("askNext", "Give them the answer, note it, offer two or three dates for " + f.values.getOrDefault("askThing", "it")
                    + ", and note when to hear back.");
            return;
        }
        String soFar = f.values.getOrDefault("askSoFar", "");
        if (f.values.containsKey("askSentBefore")) {
            f.values.put("askReady", f.values.get("askSentBefore"));
            f.values.put("askWho", "");
            return;
        }
        Matcher gave = SO_FAR_SENT.matcher(soFar);
        String sent = null;
        if (gave.find()) {
            sent = gave.group(1).replaceFirst("^(\\w+) you ", "$1 ")
                    + (gave.group(2) == null ? " (" + f.dayInWords(BriefFacts.day(f.askTouchpoint, in), f.today) + ")" : " " + gave.group(2));
        }
        Thread thread = priceAsked(in, past, f.today, f.values.get("askThing"));
        if (sent == null && thread != null && thread.state() == State.SENT) {
            sent = "sent " + thread.what() + " on " + f.dayInWords(thread.on(), f.today);
        }
        if (sent != null) {
            // the opener already says what we sent: the line does not say it again
            f.values.put("askReady", gave.find(0) ? ": have what we sent them to hand, and offer them a time"
                    : ", and we " + sent + ": ask whether it answered their question, and offer them a time");
            f.values.put("askWho", "");
            f.values.put("askStanding", ", and we " + sent + ": ask whether it suited them, and whether they would like to go ahead");
            return;
        }
        if (question != null && question.kind() == TextSignals.AskKind.QUESTION && !ReportedQuestion.asksThePrice(question)
                && !ReportedQuestion.asksForATime(question) && thread == null) {
            // "whether the analytics module integrates with their accounting package": what they need first is the answer, not a price
            f.values.put("askReady", ": have the answer to that ready, then the details, and offer them a time");
            f.values.put("askHelp", ": a plain answer to that first, then a time that suits them");
            if (soFar.startsWith(", so ")) {
                f.values.put("askSoFar", ", so I wanted to give you an answer and see what would suit you.");
                f.values.put("askNext", "Give them the answer, note it, offer two or three dates for " + f.values.getOrDefault("askThing", "it")
                        + ", and note when to hear back.");
            }
        }
        String asked = f.askTouchpoint.summary() + " \u2014 " + (f.askTouchpoint.outcome() == null ? "" : f.askTouchpoint.outcome());
        if (thread != null && thread.state() == State.OWED && BriefFacts.days(thread.on(), f.today) >= OWED_LATE_DAYS && ASKED_FOR.matcher(asked).find()) {
            f.values.put("askStanding", ", and none is on record as sent: say sorry, and send it, or ask whether it is still wanted");
        }
    }

    /** Words of a thing done with them at a time: a visit, a demo, a measure, an appointment. */
    private static final Pattern TAKES_A_TIME = Pattern.compile(
            "\\b(?:visits?|demos?|demonstrations?|measures?|appointments?|call-outs?|surveys?|tours?|viewings?|consultations?|sessions?|lessons?"
                    + "|classes|trials?|fittings?|installations?|deliver(?:y|ies)|collections?|meetings?|descal\\w*|servic(?:e|es|ing)|clean(?:s|ing)?|maintenance|tune-ups?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What they asked about takes a time with us (a service, a visit, an appointment), or null thing unknown. A warranty, a plan, a
     * licence or a product to order needs no time or dates: the call brings the details and the price, and offers no booking
     * (Sebastián Dubois, read 49: "offer them a time" and "two or three dates" for an extended warranty).
     */
    static boolean takesATime(String thing, BriefInput in) {
        if (thing == null || thing.isBlank() || thing.equals("it")) {
            return true;
        }
        String category = null;
        String lower = thing.toLowerCase(Locale.ROOT);
        for (Product p : in.products().values()) {
            String name = p.name() == null ? "" : p.name().toLowerCase(Locale.ROOT);
            String last = name.replaceAll("^.*\\s", "");
            if (last.length() >= 4 && lower.contains(last)) {
                category = p.category();
                break;
            }
        }
        ItemKind kind = ItemKind.of(thing, category, false, false);
        if (kind == ItemKind.TERM) {
            return false; // a plan, a licence, a subscription: signed, not booked
        }
        return TAKES_A_TIME.matcher(thing).find() || kind == ItemKind.SERVICE || kind == ItemKind.OCCASION || kind == ItemKind.PREPAID;
    }

    /** For a thing that takes no time with us, the ask's lines offer no time and no dates: the details and the price are the call. */
    static void noTimeFor(BriefFacts f, BriefInput in) {
        String thing = f.values.get("askThing");
        String asked = f.values.getOrDefault("askWhat", "");
        // "for a demo of the analytics module": the ask itself is for a time, whatever the thing
        String around = thing == null ? asked : asked.replace(thing.replaceFirst("^the ", ""), "");
        if (f.askTouchpoint == null || takesATime(thing, in) || TAKES_A_TIME.matcher(around).find()) {
            return;
        }
        String ready = f.values.get("askReady");
        if (ready != null) {
            f.values.put("askReady", ready.replace(", and offer them a time", ""));
        }
        String help = f.values.get("askHelp");
        if (help != null) {
            f.values.put("askHelp", help.replace(": the price, and a time that suits them", ": the details, and the price")
                    .replace(", then a time that suits them", ""));
        }
        String next = f.values.get("askNext");
        if (next != null) {
            f.values.put("askNext", next.replace("Send the price and two or three dates for ", "Send the price and the details for ")
                    .replace(", note it, offer two or three dates for " + thing + ",", ", note it, send the price for " + thing + ",")
                    .replace(", offer two or three dates for " + thing + ", and note when", ", and when"));
        }
    }

    /**
     * A follow-up of ours still open, due since they asked, that speaks of the side their question asks of
     * ("Book a home measure" for "whether it fits a 60 cm space"): the step that answers it; or null.
     */
    private static FollowUp stepForTheQuestion(BriefInput in, TextSignals.Ask question, LocalDate asked) {
        FollowUp step = null;
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null && fu.dueOn() != null && !fu.dueOn().isBefore(asked) && ReportedQuestion.speaksOfItsSide(question, fu.reason())
                    && (step == null || fu.dueOn().isBefore(step.dueOn()))) {
                step = fu;
            }
        }
        return step;
    }

    /** Our answer to their ask was no, for now: "Not a fit yet", "can't supply that", "not something we offer". */
    private static final Pattern NOT_A_FIT = Pattern.compile(
            "\\b(?:not (?:a |the right |a good )?fit|(?:can't|cannot|can not|unable to) (?:supply|offer|provide|do) (?:it|that|this|them)"
                    + "|not something we (?:offer|supply|do|stock))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The words logged with their ask say our answer was no, for now ("Not a fit yet"). */
    static boolean saysNotAFit(String outcome) {
        return outcome != null && NOT_A_FIT.matcher(outcome).find();
    }

    /** What the opener says we gave them since they asked: "and we sent you the pricing for the rugged tablets on November 26." */
    private static final Pattern SO_FAR_SENT = Pattern.compile("^, and we ((?:sent|emailed|gave|handed) you .+?)(?: (on [^.]+))?(?: then)?\\. I wanted");

    /** How far back a contact about a renewal due within the month still speaks for it. */
    static final int RENEWAL_SPOKEN_DAYS = 45;
    private static final Pattern RENEWED = Pattern.compile(
            "\\brenewed\\b|\\brenewal (?:of [^.;]{1,60}? )?(?:signed|agreed|confirmed|done)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_USERS = Pattern.compile(
            "\\b(?:add(?:ing)?|more|extra|further) (users|seats|licences|licenses|vehicles|vans|depots?)\\b|\\bexpan(?:d|sion)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TALKING_IT_THROUGH = Pattern.compile("\\bnegotiat(?:ing|ion)|\\bin talks\\b|\\bdiscussing\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> PLAIN_WORDS = List.of("licence", "license", "plan", "support", "module", "add-on", "annual", "standard");

    /**
     * Reads {@code renewalSoFar}, the end of a renewal opener: what already happened about the renewal
     * in the last weeks (a quote of ours sent, a renewal meeting or call held, users they want to add,
     * the renewal already signed) is where the call picks up; only when nothing did is it "I wanted to
     * give you time to decide".
     */
    static void renewal(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("renewalSoFar", ", and I wanted to give you time to decide what suits you.");
        String what = f.values.get("renewalWhat");
        String thing = f.values.get("renewalThing");
        if (what == null || thing == null || !what.endsWith("is up for renewal") && !what.endsWith("are up for renewal")) {
            return;
        }
        List<String> named = topic(thing).stream().filter(w -> !PLAIN_WORDS.contains(w)).toList();
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > RENEWAL_SPOKEN_DAYS) {
                return;
            }
            String words = t.summary() + " \u2014 " + (t.outcome() == null ? "" : t.outcome());
            String lower = words.toLowerCase(Locale.ROOT);
            if (!lower.contains("renew") || !named.isEmpty() && named.stream().noneMatch(lower::contains)) {
                continue;
            }
            String day = f.dayInWords(on, f.today);
            boolean talking = TALKING_IT_THROUGH.matcher(words).find();
            if (RENEWED.matcher(words).find()) {
                f.values.put("renewalSoFar", ". You renewed with us on " + day + ", thank you: I wanted to make sure everything is in place, and whether anything should change.");
            } else if (MORE_USERS.matcher(words).find()) {
                Matcher more = MORE_USERS.matcher(words);
                more.find();
                String added = more.group(1) == null ? "to it" : more.group(1).toLowerCase(Locale.ROOT);
                f.values.put("renewalSoFar", ". When we spoke on " + day + " you wanted to add " + added + ", so I wanted to get the numbers right with you before then.");
            } else if (t.direction() == Direction.OUTBOUND && GIVEN.matcher(words).find()) {
                f.values.put("renewalSoFar", ". We sent you the renewal quote on " + day + (talking ? ", and we are still talking it through: I wanted to see what would settle it for you."
                        : ": I wanted to hear whether it suits you, or what you would like changed."));
            } else if (t.channel() == app.rapport.domain.Channel.MEETING || t.channel() == app.rapport.domain.Channel.CALL
                    || t.channel() == app.rapport.domain.Channel.VISIT) {
                f.values.put("renewalSoFar", ". Following our renewal talk on " + day + ", I wanted to see where you have landed, and what you need from us.");
            } else {
                continue;
            }
            return;
        }
    }

    /**
     * The newest mention of a thing gone quiet, unless it is a reminder of ours marked done that gave
     * them nothing ("Chase
     * Oisín on the barcode scanners budget decision \u2014 done"): that is no word of theirs to quote
     * as what they were thinking over, so the thread is told from their own words (null: the contact
     * that started it).
     */
    static BriefFacts.Mention theirsOverOurReminder(BriefFacts.Mention since) {
        return since != null && since.words().endsWith(" \u2014 done") && !SEND_REASON.matcher(since.words()).find() ? null : since;
    }

    /**
     * Reads {@code interestNext}, the end of a prospect's history line: when the last step on record is
     * something we sent them (a quote, a price), the move is theirs, so the call asks whether it suited them,
     * unless they turned the thing down since, with a reason: then they have answered, and the line does not ask.
     */
    /**
     * A note that we might suggest the very thing they are weighing up, or that went quiet ("Suggest the blow-dry club
     * membership before the summer holiday"), is said by that offer's own line: a second line about it says it twice.
     */
    static void upsellIsTheOffer(BriefFacts f) {
        String upsell = f.values.get("upsell");
        if (upsell == null) {
            return;
        }
        for (String key : new String[] {"offerWhat", "quietThing"}) {
            if (names(upsell, f.values.get(key))) {
                f.values.remove("upsell");
                f.values.remove("upsellWhen");
                return;
            }
        }
    }

    static void interest(BriefFacts f, BriefInput in) {
        String step = f.values.getOrDefault("interestStep", "");
        String thing = f.values.get("interestThing");
        // The pending offer's own line already says what we sent for the same thing, and asks whether it suited them: say it once.
        String standing = f.values.getOrDefault("offerStanding", "");
        if (step.startsWith(", and we sent ") && f.offerPending && thing != null && thing.equals(f.values.get("offerWhat"))
                && standing.startsWith(". We sent " + step.substring(", and we sent ".length()))) {
            f.values.put("interestStep", "");
            step = "";
        }
        Opportunity refused = thing == null || f.interestStepOn == null ? null : refusalOf(in, f.today, f.today, thing);
        boolean answered = refused != null && refused.openedOn().isAfter(f.interestStepOn);
        f.values.put("interestNext", step.startsWith(", and we sent ") && !answered ? ": ask whether it suited them, and build on that rather than start from scratch"
                : ": build on that, don't start from scratch");
    }

    /** The words of a thing that name it: "the dash cams" is "dash", "cam". */
    private static List<String> topic(String thing) {
        List<String> words = new ArrayList<>();
        if (thing == null) {
            return words;
        }
        for (String w : thing.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d-]+")) {
            if (w.length() < 3 || List.of("the", "and", "for", "our", "their", "annual", "pack").contains(w)) {
                continue;
            }
            words.add(TextSignals.singular(w));
        }
        return words;
    }

    /** The words name the thing: every word of "the stand mixer" is in "Check Dmitri is getting on with the stand mixer". */
    static boolean names(String words, String thing) {
        return words != null && names(words, topic(thing));
    }

    private static boolean names(String words, List<String> topic) {
        String lower = words.toLowerCase(Locale.ROOT);
        return !topic.isEmpty() && topic.stream().allMatch(lower::contains);
    }

    private static String kind(Matcher asked) {
        String kind = (asked.group(1) != null ? asked.group(1) : asked.group(2)).toLowerCase(Locale.ROOT);
        return kind.startsWith("quot") ? "a quote" : kind.equals("pricing") ? "pricing" : kind.equals("price") ? "a price" : article(kind) + kind;
    }

    private static String the(Matcher given) {
        String kind = given.group(1) != null ? given.group(1) : given.group(2);
        kind = kind == null ? "quote" : kind.toLowerCase(Locale.ROOT);
        return "the " + (kind.startsWith("quot") ? "quote" : kind.startsWith("price") ? "prices" : kind);
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }
}
