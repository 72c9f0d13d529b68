package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about time ahead and things put aside, and about frames that have gone stale: a day just
 * ahead named in words ("sent Tom the agenda for Monday"), something put aside for them or a
 * proposal they asked for, a competitor weighed up long ago by a client glad of us since, a client
 * who bought lately whose silence is no goodbye, and what the book knows of a content long-time
 * client with nothing else on record. Read after {@link BriefFacts} has read everything else, so
 * each can see what the others found.
 */
final class AheadAndAside {
    private AheadAndAside() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        dayAhead(f, in, past);
        putAside(f, in, past);
        competitorLongAgo(f, in, past);
        boughtLately(f);
        bookKnows(f, in, past);
        FreshEvent.read(f, in, past);
    }

    // ---- a day just ahead ------------------------------------------------------------------------

    /** How long ago words naming a day ahead may have been said, and how far ahead the day may lie, to prepare for it now. */
    private static final int AHEAD_SAID_DAYS = 30;
    private static final int AHEAD_DAYS = 14;
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:(?:the|a|an|their|our|his|her|your)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:meeting|review|fitting|appointment|visit|demo|consultation|trial"
                    + "|training(?:\\s+day)?|kick-?off|workshop|session|patch test|survey|viewing|walk-?through|presentation|lunch|interview|induction))"
                    + "|(agenda)|(see (?:you|them|her|him)|(?:come|coming|pop|popping|drop|dropping) (?:in|by|round)|booked (?:in|for)|rebooked"
                    + "|appointment|meeting|fitting|consultation))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Days named for something that is no meeting of ours with them: a delivery, a renewal, their decision, our call back. */
    private static final Pattern NOT_A_MEETING = Pattern.compile(
            "\\b(deliver\\w*|ship\\w*|dispatch\\w*|renew\\w*|decide|decision|invoice\\w*|payday|calling (?:them |her |him )?back|call (?:them |her |him )?back)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLED_OFF = Pattern.compile("\\b(cancel\\w*|called off|postpone\\w*|no longer)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_AGAIN = Pattern.compile("\\b(rebook\\w*|moved (?:it |the \\w+ )?to|booked|re-?arranged|rescheduled)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A meeting, an appointment, a fitting or a visit set for a day just ahead in recent words
     * ("Sent Tom the agenda for Monday", "fitting on the 14th", "see you next week"): the call
     * prepares for it. The newest words naming a day count; a day called off since does not.
     */
    private static void dayAhead(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (f.awaitingDelivery) {
            return; // the day they wait for is the delivery's: that call confirms it
        }
        dayNamedAhead(f, in, past);
        if (!f.values.containsKey("aheadWhat")) {
            nextVisitAbout(f, in, past);
        }
    }

    /**
     * A next visit booked at an interval is said from a week before the day it comes to that day; once the day has passed,
     * "before your next visit" is no longer true, and a visit not logged is {@link VisitUnsaid}'s to ask after.
     */
    private static final int NEXT_VISIT_AHEAD_DAYS = 7;
    /** How far back a booking at an interval is read: the longest a salon books ahead, and a little. */
    private static final int NEXT_VISIT_SAID_DAYS = 120;

    /**
     * The next visit booked at an interval when they were last in ("Next visit booked in six weeks", October 26), whose day
     * comes about now, with no visit, booking or purchase since: the call is just before it, and says so (Ana Horvat, read 41:
     * the visit falling about now was unsaid under a stock "thank Ana for staying with us"). The interval is a day only
     * roughly: "around December 7".
     */
    private static void nextVisitAbout(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), 30); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > NEXT_VISIT_SAID_DAYS) {
                return;
            }
            String words = BriefFacts.stripEnd(t.summary()) + (t.outcome() == null || t.outcome().isBlank() ? "" : " \u2014 " + t.outcome());
            TextSignals.VisitPromise promise = TextSignals.visitPromised(words);
            if (promise == null) {
                if (t.channel() == Channel.VISIT || BriefFacts.heard(t) && TextSignals.saysBooked(words)) {
                    return; // a visit or a booking since: the newer one is what counts
                }
                continue;
            }
            if (!promise.said().startsWith("booked their next visit, ") || promise.inDays() == null) {
                return; // only the newest promise speaks
            }
            LocalDate due = on.plusDays(promise.inDays());
            long ahead = ChronoUnit.DAYS.between(f.today, due);
            if (ahead > NEXT_VISIT_AHEAD_DAYS || ahead < 0
                    || f.boughtSoFar().stream().anyMatch(p -> p.purchasedOn().isAfter(on))) {
                return;
            }
            String when = "around " + f.dayInWords(due, f.today);
            f.values.put("aheadWhat", "their next visit");
            f.values.put("aheadWhatYou", "your next visit");
            f.values.put("aheadWhen", when);
            String interval = promise.said().replaceFirst("^booked their next visit, (.+) on, when they were last in$", "$1");
            f.values.put("aheadSaid", "Their next visit is due " + when + ": it was booked " + interval + " ahead when they were last in ("
                    + f.dayInWords(on, f.today) + ": \u201c" + BriefFacts.stripEnd(words) + "\u201d)");
            return;
        }
    }

    /** A day named in the newest words, just ahead (see {@link #dayAhead}). */
    private static void dayNamedAhead(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        boolean calledOffSince = false;
        for (int i = 0; i < Math.min(past.size(), 30); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > AHEAD_SAID_DAYS) {
                return;
            }
            String words = BriefFacts.summaryAndOutcome(t);
            if (TextSignals.saysReferral(t.summary())) {
                continue; // "Emma referred Priya, who booked a cut for next week": someone else's day
            }
            TimeWords.NamedDay named = TimeWords.named(words, on);
            if (named == null) {
                // "Tom cancelled the meeting", with no new day: what was set before it is off
                calledOffSince |= CALLED_OFF.matcher(words).find() && !SET_AGAIN.matcher(words).find();
                continue;
            }
            if (calledOffSince) {
                return;
            }
            if (named.day().isBefore(f.today)) {
                return; // the newest day named has passed: what comes of it is another question
            }
            Matcher event = EVENT.matcher(words);
            if (!event.find() || NOT_A_MEETING.matcher(words).find() || theirReviewOfUs(event, words) || CALLED_OFF.matcher(words).find() && !SET_AGAIN.matcher(words).find()) {
                continue;
            }
            if (BriefFacts.days(f.today, named.day()) > AHEAD_DAYS) {
                return;
            }
            if ("deciding".equals(f.askState) && f.askAgeDays != null && f.askAgeDays == BriefFacts.days(on, f.today)) {
                return; // "will pop in next week to see the dishwasher": a step in their deciding, which that call helps with
            }
            String what;
            String whatYou;
            if (event.group(1) != null) {
                String noun = event.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                what = "the " + noun;
                whatYou = what;
            } else if (event.group(2) != null) {
                what = "the meeting";
                whatYou = "our meeting";
            } else {
                boolean salonLike = in.client().companyName() == null;
                what = salonLike ? "their appointment" : "the meeting";
                whatYou = salonLike ? "your appointment" : "our meeting";
            }
            String when = aheadWhen(named, f.today, f);
            f.values.put("aheadWhat", what);
            f.values.put("aheadWhatYou", whatYou);
            f.values.put("aheadWhen", when);
            String said = BriefFacts.stripEnd(words);
            f.values.put("aheadSaid", Character.toUpperCase(what.charAt(0)) + what.substring(1) + " is set for " + when + " ("
                    + f.dayInWords(on, f.today) + ": \u201c" + said + "\u201d)");
            return;
        }
    }

    /** "Will write one this week", after we asked for a review: a review of us they will write, no meeting of ours. */
    private static boolean theirReviewOfUs(Matcher event, String words) {
        String noun = event.group(1) == null ? "" : event.group(1).toLowerCase(Locale.ROOT);
        return (noun.isEmpty() || noun.matches(".*\\b(?:review|reference|rating)$")) && Superseded.reviewOfUs(words);
    }

    /** "today", "tomorrow", "on Thursday", "this week", "next week", "on 14 January". */
    private static String aheadWhen(TimeWords.NamedDay named, LocalDate today, BriefFacts f) {
        long ahead = ChronoUnit.DAYS.between(today, named.day());
        if (named.week()) {
            LocalDate thisSunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            return named.day().isAfter(thisSunday) ? "next week" : "this week";
        }
        if (ahead == 0) {
            return "today";
        }
        if (ahead == 1) {
            return "tomorrow";
        }
        return ahead <= 6 ? "on " + named.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : "on " + f.dayInWords(named.day(), today);
    }

    // ---- something put aside for them, a proposal they asked for ------------------------------

    /** How long something put aside leads the call; after that, until a year, it is a line: still wanted? */
    private static final int ASIDE_LEADS_DAYS = 60;
    private static final int ASIDE_KEPT_DAYS = 365;
    private static final Pattern ASIDE = Pattern.compile(
            "\\b(put (?:one|it|them|that|this|(?:a|an|the) [\\p{L} -]{1,40}?) (?:aside|by)|set (?:one |it |them )?aside|keep(?:ing)? (?:one|it|them) (?:aside|back)"
                    + "|holding (?:one|it|them) for|reserved (?:one|it|them)?|on hold for (?:them|her|him))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPOSAL_ASKED = Pattern.compile(
            "\\b(proposal (?:was )?requested|requested (?:a|the) proposal|asked (?:us )?for (?:a|the) proposal|wants? (?:a|the) proposal)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLLECTED = Pattern.compile("\\b(collected|picked (?:it |them )?up|released|took it home|no longer wants?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Something put aside for them ("Put one aside for them") or a proposal they asked for, with
     * nothing since: no purchase of it, no word of it, not collected. Lately, it leads the call;
     * older, it still deserves a line: is it still wanted, shall we release it?
     */
    private static void putAside(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), 60); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > ASIDE_KEPT_DAYS) {
                return;
            }
            String words = BriefFacts.summaryAndOutcome(t);
            if (!mayBeAside(words.toLowerCase(Locale.ROOT))) {
                continue; // most words say nothing of the kind: a look for the plain words first costs far less than the patterns
            }
            boolean aside = ASIDE.matcher(words).find();
            boolean proposal = !aside && PROPOSAL_ASKED.matcher(words).find();
            if (!aside && !proposal) {
                continue;
            }
            if (proposal && age <= ASIDE_LEADS_DAYS) {
                return; // a proposal asked for lately is an ask still being answered
            }
            String thing = thingOf(t.summary());
            if (thing == null) {
                return;
            }
            String key = lastWord(thing);
            if (f.offerGoneQuiet && f.values.getOrDefault("quietWords", "").toLowerCase(Locale.ROOT).contains(key)
                    || f.offerPending && f.values.getOrDefault("offerWhat", "").toLowerCase(Locale.ROOT).contains(key)
                    || !"none".equals(f.askState) && f.values.getOrDefault("askWhat", "").toLowerCase(Locale.ROOT).contains(key)
                    // the quote for it they wanted and never got is already a line, with the same words of theirs (Ciarán Fontaine, read 50)
                    || f.values.getOrDefault("quoteOwedThing", "").toLowerCase(Locale.ROOT).contains(key)) {
                return; // already the call's, or a line of it: said once
            }
            for (Purchase p : f.boughtSoFar()) {
                if (!p.purchasedOn().isBefore(on) && BriefFacts.itemName(p, in).toLowerCase(Locale.ROOT).contains(key)) {
                    return; // bought it since: collected
                }
            }
            for (Touchpoint since : past.subList(0, i)) {
                String sinceWords = (since.summary() + " " + (since.outcome() == null ? "" : since.outcome())).toLowerCase(Locale.ROOT);
                if (sinceWords.contains(key) || COLLECTED.matcher(sinceWords).find()) {
                    return; // spoken of since, or collected: its own threads carry it
                }
            }
            if (proposal && proposalSentOrClosed(in, on, f.today, thing.toLowerCase(Locale.ROOT).replaceFirst("^(?:the|a|an) ", ""))) {
                return; // we sent it (a follow-up of ours done), or the opening it was for is closed: nothing is waiting
            }
            String quoted = BriefFacts.stripEnd(words);
            OpenThreads.Thread sent = aside ? OpenThreads.sentSince(in, past.subList(0, i), on, f.today, thing) : null;
            // "Proposal for the licence sent to them — Proposal requested": one went out that day, so the wait is not only ours
            boolean ours = proposal && !OpenThreads.saysPriceGiven(t.summary());
            if (ours && age <= OwedByUs.QUOTE_OWED_LEADS_DAYS && !f.values.containsKey("quoteOwedSaid")) {
                // a proposal they asked for and never got is a debt of ours, like a quote: it is the call, not a line under a stock
                // "five months since" (Falcon Fleet Hire, read 50: the mobile app proposal asked for in July, point 1 under the licence)
                f.values.put("quoteOwedThing", thing);
                f.values.put("quoteOwedWhen", TimeWords.ago(age));
                f.values.put("quoteOwedAsk", "a proposal");
                f.values.put("quoteOwedNoun", "proposal");
                f.values.put("quoteOwedSaid", "They asked for a proposal for " + thing + " " + TimeWords.ago(age) + " (" + f.dayInWords(on, f.today) + ": \u201c" + quoted
                        + "\u201d), and none is on record as sent");
                f.quoteOwedLeads = !f.offerGoneQuiet || f.quietAgeDays == null || f.quietAgeDays > age;
                return;
            }
            f.values.put("asideThing", thing);
            f.values.put("asideWhen", TimeWords.ago(age));
            f.values.put("asideSaid", (aside ? "We put " + thing + " aside for them " : "They asked for a proposal for " + thing + " ")
                    + TimeWords.ago(age) + " (" + f.dayInWords(on, f.today) + ": \u201c" + quoted + "\u201d), and "
                    + (sent != null ? "we sent " + sent.what() + " on " + f.dayInWords(sent.on(), f.today) : ours ? "none is on record as sent" : "nothing since"));
            if (aside && age <= ASIDE_LEADS_DAYS) {
                f.values.put("asideLately", "yes");
            } else {
                if (aside) {
                    f.values.put("asideOn", f.dayInWords(on, f.today));
                    f.asideHeldDays = age;
                }
                f.values.put("asideAsk", aside ? "ask whether it is still wanted, or whether we may release it"
                        // nothing of ours went out: the next move was ours, not a decision of theirs that went quiet
                        : ours ? "the next move is ours, so say sorry and send it, or ask whether it is still of interest"
                        : "ask whether it is still of interest, or whether things have moved on");
            }
            return;
        }
    }

    /** A follow-up of ours about it done since they asked, or an opportunity about it closed (won, lost or dismissed) since. */
    private static boolean proposalSentOrClosed(BriefInput in, LocalDate askedOn, LocalDate today, String thing) {
        return OpenThreads.spokenOfOrClosed(in, askedOn, today, thing);
    }

    private static final Pattern WHICH_THING = Pattern.compile(
            "\\b(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:we|they|you|he|she|would|should|to|is|are|for|in|on)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUT_THING_ASIDE = Pattern.compile(
            "\\bput\\s+(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:aside|by)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * What the words are about: "put a repair mask aside" is the repair mask; "looked at the stand
     * mixer" the stand mixer; "asked which coffee machine we would recommend" the coffee machine.
     * Null when the words name nothing for sure: better no line than one about the wrong thing.
     */
    private static String thingOf(String words) {
        Matcher put = PUT_THING_ASIDE.matcher(words);
        if (put.find()) {
            return "the " + put.group(1).toLowerCase(Locale.ROOT);
        }
        String thing = TextSignals.theThing(words);
        if (thing != null) {
            return BriefFacts.wholeName(words, thing);
        }
        Matcher which = WHICH_THING.matcher(words);
        return which.find() ? "the " + which.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean mayBeAside(String lower) {
        return lower.contains("aside") || lower.contains("reserved") || lower.contains("hold") || lower.contains("keep")
                || lower.contains("put ") && lower.contains(" by") || lower.contains("proposal");
    }

    private static String lastWord(String thing) {
        String[] words = thing.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d -]", "").trim().split("\\s+");
        return words[words.length - 1];
    }

    // ---- a competitor weighed up long ago ----------------------------------------------------------

    /** How old a "considering" link must be before a client glad of us since is no longer weighing the rival up. */
    private static final int CONSIDERED_STALE_DAYS = 90;

    /**
     * A rival linked as "considering" months ago, by a client who has since been glad of us, asked
     * about something of ours or been offered something they are thinking over, and has not spoken
     * of the rival since: no longer the decision to stay or leave. It stays a quiet line.
     */
    private static void competitorLongAgo(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (!f.competitorConsidered || f.leadingMood == Mood.DOUBTFUL || f.leadingMood == Mood.FRUSTRATED || f.leadingMood == Mood.REGRETFUL
                || f.values.containsKey("atRiskNote") || f.phase == Phase.LAPSED) {
            return;
        }
        String stale = null;
        LocalDate staleOn = null;
        for (BriefInput.LinkedCompetitor linked : in.competitors()) {
            if (linked.link() == null || linked.link().relation() != CompetitorRelation.CONSIDERING
                    && linked.link().relation() != CompetitorRelation.SWITCHED_TO_THEM) {
                continue;
            }
            if (linked.competitor().name().equals(f.values.get("switchedTo"))) {
                continue; // gone to them: the win-back call is about them, not a rival they weighed long ago
            }
            LocalDate noted = linked.link().notedOn();
            if (noted == null || f.lastPurchaseOn != null && f.lastPurchaseOn.isAfter(noted)) {
                continue; // bought since: BriefFacts already reads it as history
            }
            long age = BriefFacts.days(noted, f.today);
            String rival = linked.competitor().name().toLowerCase(Locale.ROOT);
            String first = rival.split("\\s+")[0];
            boolean gladSince = false;
            boolean spokenOf = false;
            boolean askedSince = false;
            for (Touchpoint t : past.subList(0, Math.min(past.size(), 60))) {
                LocalDate on = BriefFacts.day(t, in);
                if (!on.isAfter(noted) || spokenOf) {
                    break;
                }
                String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
                spokenOf |= words.contains(first);
                gladSince |= BriefFacts.heard(t) && (t.mood() == Mood.HAPPY || t.mood() == Mood.EXCITED);
                // "asked whether Maya could do the fringe trim", "left us a review": interest in us since, answered or not
                askedSince = askedSince || BriefFacts.heard(t) && (f.askIn(t.summary(), t.direction() == Direction.OUTBOUND) != null
                        || TextSignals.saysReviewed(words));
            }
            boolean freshInterest = !"none".equals(f.askState) && f.askAgeDays != null && f.askAgeDays < age
                    || f.offerPending && f.offerAgeDays != null && f.offerAgeDays < age
                    || f.offerGoneQuiet && f.quietAgeDays != null && f.quietAgeDays < age || askedSince;
            // "Declined the service plan: has a trade account with MegaVolt": a no to one thing, not a decision to leave us,
            // once they have been glad of us and asked about something of ours since, however lately.
            boolean oneRefusal = refusalNamesRival(in, linked, noted);
            if (age < CONSIDERED_STALE_DAYS && !oneRefusal || spokenOf || !gladSince || !freshInterest) {
                return; // one rival still live is enough to keep the decision open
            }
            if (stale == null) {
                stale = linked.competitor().name();
                staleOn = noted;
            }
        }
        if (stale == null) {
            return;
        }
        f.competitorConsidered = false;
        f.values.put("consideredLongAgo", stale);
        f.values.put("consideredLongAgoWhen", TimeWords.ago(BriefFacts.days(staleOn, f.today)));
    }

    /** How far apart a refusal and a "considering" link may be noted and still be the one no. */
    private static final int REFUSAL_LINK_DAYS = 7;

    /** A refusal on record around the day the rival was linked, whose reason names the rival or says a competitor. */
    private static boolean refusalNamesRival(BriefInput in, BriefInput.LinkedCompetitor linked, LocalDate noted) {
        String first = linked.competitor().name().toLowerCase(Locale.ROOT).split("\\s+")[0];
        for (app.rapport.domain.Opportunity o : in.opportunities()) {
            if (o.kind() != app.rapport.domain.OpportunityKind.REFUSAL || o.openedOn() == null
                    || Math.abs(BriefFacts.days(o.openedOn(), noted)) > REFUSAL_LINK_DAYS) {
                continue;
            }
            String reason = o.reasonText() == null ? "" : o.reasonText().toLowerCase(Locale.ROOT);
            if (reason.contains(first) || "competitor".equalsIgnoreCase(o.reasonCode())) {
                return true;
            }
        }
        return false;
    }

    // ---- a client who bought lately ---------------------------------------------------------------

    /** How recent a purchase keeps a silence from reading as a goodbye. */
    private static final int BOUGHT_LATELY_DAYS = 180;

    /**
     * They bought or renewed lately, or something of theirs still runs (a licence, a plan): still a
     * client, so a run of unanswered messages is a busy time, not a goodbye.
     */
    private static void boughtLately(BriefFacts f) {
        Purchase running = null;
        for (Purchase p : f.boughtSoFar()) {
            if (p.renewalOn() != null && !p.renewalOn().isBefore(f.today)) {
                running = p;
                break;
            }
        }
        boolean lately = f.daysSincePurchase != null && f.daysSincePurchase <= BOUGHT_LATELY_DAYS;
        if (!lately && running == null) {
            return;
        }
        String item = lately ? f.values.get("lastPurchase") : f.spoken(BriefFacts.itemName(running, f.input()));
        f.values.put("boughtLatelySaid", lately ? "They bought " + item + " " + f.values.get("purchaseWhen")
                : "Their " + item.replaceFirst("^(the|a|an|their) ", "") + " runs until " + f.dayInWords(running.renewalOn(), f.today));
    }

    // ---- what the book knows of a content long-time client -----------------------------------------

    private static final int BOOK_SERVICE_DUE_DAYS = 42;
    private static final int BOOK_HEARD_DAYS = 14;
    private static final int BOOK_KEPT_MIN_DAYS = 60;
    private static final int BOOK_KEPT_MAX_DAYS = 1095;

    /** The same thing was bought before: a licence bought again is renewed, not the first one of something else they bought. */
    private static boolean boughtBefore(app.rapport.domain.Purchase last, BriefInput in) {
        for (app.rapport.domain.Purchase p : in.purchases()) {
            boolean same = last.productId() != null ? last.productId().equals(p.productId())
                    : last.description() != null && last.description().equalsIgnoreCase(p.description());
            if (same && p.purchasedOn().isBefore(last.purchasedOn())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A content long-time client with nothing specific going on: what the book knows still makes the
     * call theirs. The thing the relationship is about and its age ("the dryer, four months on"), or
     * what they come back for and how long it has been against their own gap.
     */
    /** The seats a licence is for, as its name gives them: "(annual, 10 users)". */
    private static final java.util.regex.Pattern USERS = java.util.regex.Pattern.compile("\\b(\\d+) (?:users|seats)\\b");

    /** What to ask of who uses a term: whether all its seats are in use when the name gives how many, else how it is used and by whom. */
    private static String usersAsked(BriefFacts f, app.rapport.domain.Purchase term, BriefInput in, List<Touchpoint> past) {
        for (Touchpoint t : past) {
            if (!t.occurredAt().isBefore(term.purchasedOn().atStartOfDay(in.zone()).toInstant()) && t.summary() != null
                    && ALL_ON.matcher(t.summary()).find()) {
                return ", and all their teams were on it by " + f.dayInWords(BriefFacts.day(t, in), f.today) + ": ask whether it still fits how they work";
            }
        }
        String partly = partlyLive(f, term, in, past);
        if (partly != null) {
            return partly;
        }
        java.util.regex.Matcher seats = USERS.matcher(BriefFacts.itemName(term, in));
        // "2 × Dispatch licence (10 users)" is twenty seats
        return seats.find() ? ": ask whether all " + Long.parseLong(seats.group(1)) * RenewalTerms.count(term.description()) + " users are on it"
                : ": ask how it is used, by whom";
    }

    /** It went live for part of them only: "live for the first team", "rolled out to one depot", "running at the first site". */
    private static final java.util.regex.Pattern PARTLY_LIVE = java.util.regex.Pattern.compile(
            "\\b(?:live|running|rolled out|in use|up and running|switched on) (?:for|with|at|in|to|on) (?:the |their |our |a |just |only )?"
                    + "(first|one|single|pilot|main|head) (team|depot|site|branch|group|office|crew|region|shift)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Words since of the rest of them: "the second depot", "the other teams", "rolled out to everyone". */
    private static final java.util.regex.Pattern REST_SPOKEN = java.util.regex.Pattern.compile(
            "\\b(?:(?:second|other|next|remaining|rest of the|more|new) (?:teams?|depots?|sites?|branch(?:es)?|groups?|offices?|crews?|regions?|shifts?)"
                    + "|(?:rolled|rolling) out to|everyone)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The newest word on a term since it was bought says it went live for a first team only, and nothing since speaks of the
     * rest: whether it has reached the others is the thing to ask (Foxglove, read 40: "live for the first team" at the
     * week-one check, five months of nothing since, under "ask how it is used, by whom"). Null when no such word stands.
     */
    private static String partlyLive(BriefFacts f, app.rapport.domain.Purchase term, BriefInput in, List<Touchpoint> past) {
        java.time.Instant bought = term.purchasedOn().atStartOfDay(in.zone()).toInstant();
        for (Touchpoint t : past) {
            if (t.occurredAt().isBefore(bought)) {
                return null;
            }
            String words = t.summary() + (t.outcome() == null ? "" : " " + t.outcome());
            java.util.regex.Matcher partly = PARTLY_LIVE.matcher(words);
            if (partly.find()) {
                String unit = partly.group(2).toLowerCase(java.util.Locale.ROOT);
                String units = unit.endsWith("ch") ? unit + "es" : unit + "s";
                return ", and on " + f.dayInWords(BriefFacts.day(t, in), f.today) + " it was live for the " + partly.group(1).toLowerCase(java.util.Locale.ROOT)
                        + " " + unit + " only (\u201c" + BriefFacts.stripEnd(t.summary()) + "\u201d), with nothing since about the rest"
                        + ": ask whether the other " + units + " are on it now";
            }
            if (REST_SPOKEN.matcher(words).find() || ALL_ON.matcher(words).find()) {
                return null;
            }
        }
        return null;
    }

    /** The record already says who uses it: "all teams now on the Dispatch licence". */
    private static final java.util.regex.Pattern ALL_ON = java.util.regex.Pattern.compile(
            "\\ball (?:the |their |our )?(?:teams|users|drivers|staff|depots|sites|vans)(?: are)? (?:now )?(?:on|using)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A wish to book this long unanswered is a wait of ours to own; within the year it is still theirs. */
    private static final int WISH_WAITED_MIN_DAYS = 60;
    private static final int WISH_WAITED_MAX_DAYS = 365;

    /**
     * They told us they wanted to book ("Wants to book soon", in April) and nothing came of it: no visit, no
     * booking, nothing bought since. Months on, the silence was ours to break, so the opener owns it: "in April
     * you said you wanted to book soon, and I'm sorry we didn't come back to you then." Null otherwise.
     */
    private static String wishLeftWaiting(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < past.size(); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > WISH_WAITED_MAX_DAYS) {
                return null;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            if (t.channel() == Channel.VISIT && t.direction() == Direction.INBOUND || TextSignals.saysBooked(t.summary() + " " + outcome)) {
                return null; // came in or booked since the newest wish
            }
            if (!BriefFacts.heard(t)) {
                continue;
            }
            TextSignals.Ask wish = f.askIn(t.summary(), t.direction() == Direction.OUTBOUND);
            wish = wish != null ? wish : f.askIn(outcome, false);
            if (wish == null || wish.kind() != TextSignals.AskKind.PLAN) {
                continue;
            }
            if (age < WISH_WAITED_MIN_DAYS || f.lastPurchase != null && !f.lastPurchase.purchasedOn().isBefore(on)) {
                return null;
            }
            String month = on.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            String when = on.getYear() == f.today.getYear() ? "in " + month : "in " + month + " " + on.getYear();
            return when + " you said you " + wish.phrase() + ", and I'm sorry we didn't come back to you then.";
        }
        return null;
    }

    private static void bookKnows(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (f.phase != Phase.MATURE || f.lastPurchase == null || f.itemKind == null || f.termEnded) {
            return;
        }
        CheckDone.Found checked = f.itemKind == ItemKind.KEPT || f.itemKind == ItemKind.TERM
                ? CheckDone.of(f, in, past, f.lastPurchase, f.values.get("lastPurchase")) : null;
        if (checked != null) {
            f.values.put("checkedLately", "yes"); // "does it still do everything they need?" was asked lately, and answered
        }
        // we spoke lately: the call follows on from that, not from the purchase, and only a meeting lately says what that was
        boolean spokeLately = f.daysSinceLastHeard != null && f.daysSinceLastHeard <= BOOK_HEARD_DAYS;
        String thing = f.values.get("lastPurchase");
        long age = BriefFacts.days(f.lastPurchase.purchasedOn(), f.today);
        String ago = TimeWords.ago(age);
        String since = TimeWords.span(age);
        switch (f.itemKind) {
            case KEPT, TERM -> {
                if (age < BOOK_KEPT_MIN_DAYS || age > BOOK_KEPT_MAX_DAYS) {
                    return;
                }
                boolean term = f.itemKind == ItemKind.TERM;
                // a licence renewed six months ago has not been theirs for only six months
                boolean renewed = term && boughtBefore(f.lastPurchase, in);
                if (checked != null) {
                    // the same check again within months is a repeat: say what the last one found, and keep the call light
                    f.values.put("bookGoal", "Say hello to " + f.greeting + " and hear whether anything is needed: " + checked.inShort()
                            + ", so there is no need to ask about it again");
                    f.values.put("bookOpener", "just a quick hello from us: how are you keeping, and is there anything we can help with?");
                    f.values.put("bookSaid", Character.toUpperCase(checked.said().charAt(0)) + checked.said().substring(1) + ", and nothing since tells of trouble: leave it unless they bring it up");
                    f.values.put("bookNext", "Note anything they need; the next check on " + thing + " can wait until about " + checked.nextWhen() + ".");
                } else {
                    f.values.put("bookGoal", "Hear how " + thing + " is serving " + f.greeting + ", " + since + (renewed ? " after they renewed it" : " on")
                            + ", and whether anything is needed");
                    f.values.put("bookOpener", renewed ? "it's been " + since + " since you renewed " + thing + ": is it still doing what you need, and is anything missing?"
                            : term ? "you've had " + thing + " for " + since + " now: is it doing what you hoped, and is anything missing?"
                            : "it's been " + since + " since you got " + thing + ", so I wanted to check it's still doing everything you need.");
                    f.values.put("bookSaid", (renewed ? "They renewed " : "They got ") + thing + " " + ago + " (" + f.dayInWords(f.lastPurchase.purchasedOn(), f.today) + ")"
                            + (term ? usersAsked(f, f.lastPurchase, in, past) + ", and whether anything is missing" : ": ask whether it still does everything they need"));
                    f.values.put("bookNext", "Note how " + thing + " is doing, and book a follow-up for anything it needs.");
                }
            }
            case SERVICE, CONSUMABLE -> {
                if (age < BOOK_SERVICE_DUE_DAYS || !("none".equals(f.rhythm) || "again".equals(f.rhythm)) || f.values.containsKey("usualWhat")) {
                    return; // their own rhythm speaks of it
                }
                boolean usedUp = f.itemKind == ItemKind.CONSUMABLE;
                String bare = thing.replaceFirst("^(the|a|an|their) ", "");
                f.values.put("bookGoal", "It's been " + since + " since " + f.greeting + "'s " + bare + ": see whether " + (usedUp ? "it needs topping up" : "it is time for the next one"));
                String waited = usedUp ? null : wishLeftWaiting(f, in, past);
                f.values.put("bookOpener", waited != null ? waited + " Would you like me to find you a time for the next one?"
                        : "it's been " + since + " since your " + bare + ": " + (usedUp ? "is it time for the next one? I can put one by for you."
                        : "would you like me to find you a time for the next one?"));
                f.values.put("bookSaid", "Their last " + bare + " was " + ago + " (" + f.dayInWords(f.lastPurchase.purchasedOn(), f.today) + ")"
                        + ": " + (usedUp ? "ask whether it is time for the next one" : "offer the next one at a time that suits them"));
                f.values.put("bookNext", usedUp ? "Put " + thing + " by for them, or note when to ask again." : "Book the next one for them, or note when they would like it.");
            }
            default -> {
                return;
            }
        }
        f.values.put("bookKnows", "yes");
        Touchpoint metOnItsDay = metLately(f, in, past);
        if (spokeLately && (!f.values.containsKey("metSaid") || f.values.containsKey("dateAheadWhat"))) {
            // a word lately about anything but a meeting: the frames of the mood speak for it; a date coming up is a reason of its own
            for (String key : List.of("bookKnows", "bookGoal", "bookOpener", "bookSaid", "bookNext", "metSaid")) {
                f.values.remove(key);
            }
        } else if (spokeLately) {
            f.values.remove("bookSaid"); // we spoke days ago: the meeting is the call, and "how is the licence serving them" is not asked beside it
        }
        if (metOnItsDay != null && metOnItsDay == f.stepFrom && f.values.containsKey("bookKnows")) {
            // the meeting this call follows up is the step of ours set for that day: one line of it, not a second frame beside it
            f.values.put("stepOwed", "none");
            f.values.put("stepNewest", "false");
            f.values.put("stepQuietSince", "false");
            for (String key : List.of("stepSaid", "stepOn", "stepPoint", "stepOpener")) {
                f.values.remove(key);
            }
        }
    }

    /** How long a meeting or a visit of ours with them stays the newest thing a content client's call picks up. */
    private static final int BOOK_MET_DAYS = 60;
    /** A meeting that closed something (a statement of work signed, an order placed): what came of it is on record already. */
    private static final Pattern CLOSED_AT_IT = Pattern.compile("\\b(?:signed|ordered|bought|paid|purchased|went live|handed (?:over|to))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The newest conversation with a content long-time client was a meeting: held ("Quarterly review at
     * their office"), or set for a day that has passed ("Sent Lars the agenda for Monday", "Confirmed the
     * on-site visit on Wednesday"). That is the freshest thing between us, so the call picks up what came
     * of it; the purchase, months or years old, only colours it. When the words that set the day had no
     * answer, the call asks whether it went ahead. A newer word of theirs about anything else, a day called
     * off, a meeting that closed a sale or introduced someone leaves the frame to the purchase. Gives the contact that set
     * the day of the meeting it picks up, or null.
     */
    private static Touchpoint metLately(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), 30); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > BOOK_MET_DAYS) {
                return null;
            }
            // A visit is not read as held: a shop or a salon logs a chat at the counter as a visit of ours as often as of theirs
            boolean held = t.channel() == Channel.MEETING;
            if (BriefFacts.notice(t)) {
                continue; // our newsletter: no conversation
            }
            String words = BriefFacts.summaryAndOutcome(t);
            Matcher event = EVENT.matcher(words);
            TimeWords.NamedDay named = TimeWords.named(words, on);
            boolean dayNamed = named != null && event.find() && !theirReviewOfUs(event, words);
            // "Sent Astrid the agenda for Friday", with no reply: the meeting was set, whether it went ahead is the question
            boolean unconfirmed = !held && !BriefFacts.heard(t);
            if (unconfirmed && !dayNamed) {
                continue; // an unanswered note about anything else: no conversation
            }
            if (CALLED_OFF.matcher(words).find() && !SET_AGAIN.matcher(words).find() || NOT_A_MEETING.matcher(words).find()
                    || TextSignals.saysReferral(t.summary()) || BriefFacts.stripEnd(t.summary()).equals(f.values.get("referral"))
                    || CLOSED_AT_IT.matcher(words).find()) {
                return null; // a meeting that introduced someone is thanked as a referral; one that closed something is on record
            }
            String what;
            LocalDate metOn;
            if (dayNamed) {
                if (named.week() || !named.day().isBefore(f.today) || BriefFacts.days(named.day(), f.today) > BOOK_MET_DAYS) {
                    return null; // still ahead (the day-ahead call prepares for it), or a week, not a day
                }
                what = event.group(1) != null ? "the " + event.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "our meeting";
                metOn = named.day();
            } else if (held) {
                what = "our meeting";
                metOn = on;
            } else {
                return null; // the newest conversation was about something else
            }
            String when = f.dayInWords(metOn, f.today);
            // what the meeting was about is in its own words: "our meeting" alone would be as stock as the frame it replaces
            String quoted = " (" + (metOn.equals(on) ? "" : f.dayInWords(on, f.today) + ": ") + "\u201c" + BriefFacts.stripEnd(words) + "\u201d)";
            f.values.put("metSaid", what + " on " + when);
            f.values.put("bookGoal", unconfirmed ? "Find out whether " + what + " with " + f.greeting + " on " + when + " went ahead" + quoted + ", and pick up anything from it that needs us"
                    : "Pick up what came of " + what + " with " + f.greeting + " on " + when + quoted + ", and whether anything from it needs us");
            f.values.put("bookOpener", "I wanted to follow up on " + what + " on " + when + (unconfirmed ? ": did it go ahead as planned" : ": how did it go from your side")
                    + ", and is there anything from it we should pick up?");
            f.values.put("bookNext", "Note what came of " + what + ", and book a follow-up for anything it needs.");
            return dayNamed ? t : null;
        }
        return null;
    }
}
