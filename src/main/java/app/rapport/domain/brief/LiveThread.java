package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live thread of a relationship: the newest thing still open between us and them that no
 * situation above it owns, so that it leads the call instead of a colour frame ("it's been a year
 * since you got the coffee machine") that talks past it. Three kinds, newest first:
 * <ul>
 *   <li>{@code ask}: something they asked us for months ago that was never answered ("Wants a roadmap
 *   update", August 20); the call gives it and says sorry once for the wait;</li>
 *   <li>{@code quote}: a quote, a price or a proposal we gave them in the newest conversation, with
 *   nothing heard from them since ("asked which robot vacuum — Sent a quote"); did it suit them;</li>
 *   <li>{@code ahead}: the newest conversation ended on a next step still to be taken ("Follow-up
 *   session planned", "Wants to book soon"); the call takes that step;</li>
 *   <li>{@code aside}: something we put aside for them months ago, with nothing heard of it since
 *   (no word of it, not bought, not collected); the call asks whether it is still wanted, since a
 *   thing held for them is theirs, where "how is the fridge freezer serving you" is only ours.</li>
 * </ul>
 * A thread gives way to a newer thread of theirs that another situation owns (a doubt, a wish, something
 * gone quiet since): only the newest thread leads.
 */
final class LiveThread {
    /** Older than this, an open thread is history: a line at most. */
    static final int LIVE_DAYS = 180;

    /** A reaction that only acknowledges our note ("Acknowledged", "Said thanks"): no conversation of its own. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "^\\s*(?:acknowledged|noted|said thanks|thanked us|thanks|ok(?:ay)?|seen|read|opened(?: it)?|liked it|replied with (?:a )?(?:heart|thumbs up|thanks))\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** A next step said at the end of a conversation that is still to be taken: planned, to book, wanted soon, but not booked for a day. */
    private static final Pattern AHEAD = Pattern.compile(
            "\\b(?:(?:a |the )?(?:follow-up|follow up|next|another|second|further) (?:session|meeting|call|visit|workshop|review|demo|training)s? "
                    + "(?:planned|to (?:be )?(?:book|booked|plan|planned|arrange|arranged|agree|agreed)|agreed|pencilled in|in the works)"
                    + "|wants? to (?:book|come in|come back) (?:soon|again|shortly|in the new year|after [\\p{L} ]+)"
                    + "|will (?:book|come back|be in touch) (?:soon|shortly|after [\\p{L} ]+))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A day set for the step: then it is a day ahead or a day passed, which other rules read. */
    private static final Pattern DATED = Pattern.compile(
            "\\b(?:on|for|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|the \\d{1,2}(?:st|nd|rd|th)?)\\b"
                    + "|\\b(?:tomorrow|today)\\b|\\bbooked (?:for|in)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A quote, a proposal or an estimate of ours given to them; a price list answers a question, it quotes for nothing. */
    private static final Pattern QUOTE_SENT = Pattern.compile(
            "\\b(?:sent|gave|emailed|handed|posted|went through)\\b[^.;]{0,30}?\\b(?:quote|quotation|proposal|estimate|pricing)\\b(?! list)"
                    + "|\\bquoted\\b|\\b(?:quote|quotation|proposal|estimate) (?:sent|emailed|given|posted)\\b",
            Pattern.CASE_INSENSITIVE);
    /** An ask younger than this is a fresh one, which other situations answer; only a late one is owed with a sorry. */
    static final int ASK_LATE_DAYS = 30;
    /** The thing a question was about, when no quote names it: "asked for a demo of the Dispatch licence", "looked at the oven on display". */
    private static final Pattern ABOUT_THE = Pattern.compile("\\b(?:at|of|for|on|about) (the [\\p{L}-]+(?: [\\p{L}-]+){0,2}?)(?=\\s*(?:$|[.,;:!?()\\u2014]|\\s(?:and|to|with|by|before|after|from|on|in|for|at|would|will)\\b))",
            Pattern.CASE_INSENSITIVE);
    /** A step left open this long with nothing since is a wait of ours to own. */
    static final int STEP_WAITED_DAYS = 60;
    /** A quote younger than this is still being read: it has not gone quiet. */
    static final int QUOTE_QUIET_DAYS = 10;
    /** What a quote or a price was for: "the quote for the robot vacuum", "pricing for rugged tablets". */
    private static final Pattern QUOTE_FOR = Pattern.compile(
            "\\b(?:quote|quotation|price|prices|pricing|proposal) (?:for|on) ((?:the |a |an |their |our )?[\\p{L}\\d'&-]+(?:\\s+[\\p{L}\\d'&-]+){0,3}?)"
                    + "(?=\\s*(?:$|[.,;:!?()\\u2014]|\\s(?:and|to|with|by|before|after|from|on|in|for)\\b))",
            Pattern.CASE_INSENSITIVE);

    /** The step itself, without what was said of it: "follow-up session" of "follow-up session planned". */
    private static final Pattern STEP_THING = Pattern.compile("^((?:[\\p{L}-]+ )?[\\p{L}-]+?s?) (?:planned|to |agreed|pencilled|in the works)");

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ";
    }

    private LiveThread() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("askSince", "nobody has come back to them on it since");
        f.values.put("askSorry", "I'm sorry it has taken us this long to come back to you.");
        Long askAge = owedAskAge(f);
        if (askAge != null && cameSince(in, past, f.today.minusDays(askAge))) {
            askAge = null;
        }
        Touchpoint last = newestConversation(past, in, f.today);
        String kind = null;
        long age = 0;
        if (last != null) {
            long lastAge = BriefFacts.days(BriefFacts.day(last, in), f.today);
            if (askAge == null || lastAge < askAge) {
                if (quote(f, in, last, lastAge)) {
                    kind = "quote";
                    age = lastAge;
                } else if (ahead(f, in, last, lastAge)) {
                    kind = "ahead";
                    age = lastAge;
                }
            }
        }
        if (kind == null && askAge != null) {
            kind = "ask";
            age = askAge;
        }
        if (kind == null && last != null && choiceLeftOpen(f, in, last)) {
            kind = "ask";
            age = BriefFacts.days(BriefFacts.day(last, in), f.today);
        }
        if (kind == null && f.asideHeldDays != null) {
            kind = "aside"; // held for them for months with nothing since: still theirs to collect or let go, over any colour frame
            age = f.asideHeldDays;
        }
        wishFor(f, in, past);
        if (kind == null || newerThreadOwned(f, age)) {
            return;
        }
        f.values.put("liveKind", kind);
        if ("ask".equals(kind)) {
            metSinceAsk(f, in, past, f.today.minusDays(age));
        }
    }

    /**
     * We met or spoke with them since they asked, and it was still not given: "nobody has come back to them" and "this long
     * to come back to you" ring false to a man we met two weeks ago (Ashford Heating & Cooling, read 51: a session asked for
     * on September 27, meetings of ours on October 25 and November 23, no session).
     */
    private static void metSinceAsk(BriefFacts f, BriefInput in, List<Touchpoint> past, LocalDate asked) {
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (!on.isAfter(asked)) {
                return;
            }
            if (t.channel() == Channel.MEETING || t.channel() == Channel.VISIT || t.channel() == Channel.CALL && BriefFacts.heard(t)) {
                f.values.put("askSince", "nothing has come of it yet, though we have spoken with them since (" + f.dayInWords(on, f.today) + ")");
                f.values.put("askSorry", "we've spoken since, but we still haven't sorted it out for you, and I'm sorry for that.");
                return;
            }
        }
    }

    /** Given them to read, not an answer: a brochure, a leaflet, a spec sheet, a link. */
    private static final Pattern READING_ONLY = Pattern.compile(
            "^\\s*(?:(?:sent|gave|emailed|handed|posted|took|shared)\\b[^.;]{0,30}?\\b)?(?:the |a |our )?(?:brochures?|leaflets?|catalogues?|spec(?:ification)?s?(?: sheets?)?|data ?sheets?|links?)\\b[^.;]{0,20}\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** A choice they asked us to make with them: "which wine cooler would fit", "whether the dryer would fit under the counter". */
    private static final Pattern CHOICE = Pattern.compile(
            "^(?:which\\b|whether\\b[^.;]{0,60}\\b(?:fit|fits|suit|suits|work|works|go|goes)\\b|what size\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Their newest conversation was a choice they asked us to help with ("emailed measurements of the
     * kitchen and asked which wine cooler would fit"), answered only with something to read (a brochure),
     * a month ago or more, and no situation above owns it: the question is still theirs to have answered,
     * and nothing newer of theirs speaks over it. Reads the ask's values for {@code situation.live-ask}.
     */
    private static boolean choiceLeftOpen(BriefFacts f, BriefInput in, Touchpoint t) {
        if (t.direction() != Direction.INBOUND || f.askState != null && !"none".equals(f.askState) || f.values.containsKey("askWhat")) {
            return false;
        }
        String outcome = t.outcome() == null ? "" : t.outcome().strip();
        LocalDate on = BriefFacts.day(t, in);
        long age = BriefFacts.days(on, f.today);
        TextSignals.Ask ask = f.askIn(t.summary(), false);
        if (ask == null || !CHOICE.matcher(ask.phrase()).find() || !outcome.isEmpty() && !READING_ONLY.matcher(outcome).find()
                || age < ASK_LATE_DAYS || age > LIVE_DAYS || f.lastPurchaseOn != null && !f.lastPurchaseOn.isBefore(on)) {
            return false;
        }
        f.values.put("askWhat", ask.phrase());
        f.values.put("askWhatYou", ask.spoken());
        f.values.put("askWhen", TimeWords.ago(age));
        f.values.put("askOn", f.dayInWords(on, f.today) + ": \u201c" + BriefFacts.said(t) + "\u201d");
        return true;
    }

    /** When a wish is for, not what: "before the holidays", "after the school run", "in the new year". */
    private static final Pattern WHEN_SAID = Pattern.compile(
            "\\b(?:before|after|until|till|over|during|around|by|in|at|for) the (?:[\\p{L}-]+ )?(?:holidays?|break|summer|winter|spring|autumn|new year|weekend|week|month"
                    + "|school run|wedding|christmas|move|party|trip|season|rush|end of [\\p{L} ]+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A newest ask this long before a wish to come in names what the visit is for. */
    static final int WISH_FOR_DAYS = 60;

    /**
     * A wish to come in that names nothing ("wants to come in before the holidays") after an ask of theirs
     * that does ("asked what the scalp treatment costs and how long the appointment takes", sent the price
     * list): the visit is likely for that, so the time offered names it. Reads {@code threadFor} (for the
     * opener's offer of a time) and {@code threadForSaid} (the ask, in the line); both empty otherwise.
     */
    private static void wishFor(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("threadFor", "");
        f.values.put("threadForSaid", "");
        String said = f.values.get("threadSaid");
        f.values.put("threadBy", "wish".equals(f.thread) && f.threadAgeDays != null && said != null
                ? DatesAhead.wishBy(said, f.today.minusDays(f.threadAgeDays), f.today) : "");
        if (!"wish".equals(f.thread) || f.threadAgeDays == null || said == null || TextSignals.theThing(WHEN_SAID.matcher(said).replaceAll("").strip()) != null) {
            return;
        }
        LocalDate wished = f.today.minusDays(f.threadAgeDays);
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (on.isAfter(wished) || t.direction() != Direction.INBOUND || BriefFacts.notice(t)) {
                continue;
            }
            if (BriefFacts.days(on, wished) > WISH_FOR_DAYS) {
                return;
            }
            TextSignals.Ask ask = f.askIn(t.summary(), false);
            if (ask == null || ask.kind() == TextSignals.AskKind.PLAN || ask.kind() == TextSignals.AskKind.REQUEST) {
                continue;
            }
            String thing = TextSignals.theThing(ask.phrase());
            if (thing == null || TextSignals.saysRefusal(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))
                    || f.lastPurchaseOn != null && !f.lastPurchaseOn.isBefore(on) || boughtWithinAYear(f, in, thing)) {
                return;
            }
            f.values.put("threadFor", ", perhaps for " + thing + " you asked about");
            f.values.put("threadForSaid", " They asked about " + thing + " before that (" + f.dayInWords(on, f.today) + ": \u201c" + BriefFacts.said(t)
                    + "\u201d): offer it for that visit.");
            return;
        }
    }

    /** How old the ask they are still owing us an answer to is, when no situation above already owns it; else null. */
    private static Long owedAskAge(BriefFacts f) {
        if (!f.values.containsKey("olderAsk") || f.askedInWords || f.answerOwedLong || f.askAgeDays == null
                || f.askAgeDays > LIVE_DAYS || f.askAgeDays < ASK_LATE_DAYS || !List.of("question", "price", "request").contains(f.askState)) {
            return null;
        }
        return f.askAgeDays;
    }

    /**
     * They came in after they asked: whatever they asked for was theirs to raise there ("asked to be
     * on the cancellation list", then in for a cut with the next visit booked). A purchase of something
     * else, by phone or at a meeting, does not answer a session they asked for.
     */
    private static boolean cameSince(BriefInput in, List<Touchpoint> past, LocalDate asked) {
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (!on.isAfter(asked)) {
                return false;
            }
            if (t.channel() == app.rapport.domain.Channel.VISIT && t.direction() == Direction.INBOUND) {
                return true;
            }
        }
        return false;
    }

    /**
     * A newer thread of theirs that a situation of its own speaks for (a doubt or a wish they told us,
     * something they were thinking over): it is the thread, not this one.
     */
    private static boolean newerThreadOwned(BriefFacts f, long age) {
        return f.offerGoneQuiet && f.quietAgeDays != null && f.quietAgeDays <= age
                || !"none".equals(f.thread) && f.threadAgeDays != null && f.threadAgeDays <= age;
    }

    /**
     * The newest contact that was a conversation: theirs, or ours with an answer of theirs beyond an
     * acknowledgement. Our notices and unanswered messages are skipped: they opened nothing and closed
     * nothing. Null when there is none in the last {@link #LIVE_DAYS} days.
     */
    private static Touchpoint newestConversation(List<Touchpoint> past, BriefInput in, LocalDate today) {
        for (Touchpoint t : past) {
            if (BriefFacts.days(BriefFacts.day(t, in), today) > LIVE_DAYS) {
                return null;
            }
            if (BriefFacts.notice(t) || t.direction() == Direction.OUTBOUND && !BriefFacts.heard(t)) {
                continue;
            }
            if (t.direction() == Direction.OUTBOUND && t.outcome() != null && ACKNOWLEDGED.matcher(t.outcome()).find()) {
                continue;
            }
            return t;
        }
        return null;
    }

    /** The newest conversation ended with a quote or a price of ours, and nothing was bought since. */
    private static boolean quote(BriefFacts f, BriefInput in, Touchpoint t, long age) {
        String outcome = t.outcome() == null ? "" : t.outcome();
        LocalDate on = BriefFacts.day(t, in);
        FollowUp sent = quoteSentSince(in, on, f.today);
        boolean given = QUOTE_SENT.matcher(outcome).find() || QUOTE_SENT.matcher(t.summary()).find() && t.direction() == Direction.OUTBOUND;
        LocalDate sentOn = sent == null ? on : sent.doneAt().atZone(in.zone()).toLocalDate();
        if (!given && sent == null || BriefFacts.days(sentOn, f.today) < QUOTE_QUIET_DAYS || TextSignals.saysRefusal(t.summary() + " " + outcome)
                || f.lastPurchaseOn != null && !f.lastPurchaseOn.isBefore(on)) {
            return false;
        }
        String thing = quotedThing(sent == null ? null : sent.reason());
        if (thing == null) {
            thing = quotedThing(t.summary() + " \u2014 " + outcome);
        }
        if (thing == null) {
            String which = BriefFacts.whichThing(t.summary()); // "asked which oven would fit — Sent a quote": the quote for the oven
            thing = which == null ? null : "the " + which.substring(which.indexOf(' ') + 1);
        }
        if (thing == null) {
            Matcher about = ABOUT_THE.matcher(t.summary());
            thing = about.find() ? about.group(1) : null;
        }
        if (sent == null && OpenThreads.sendStillOpen(in, on, thing)) {
            return false; // "Sent a quote" with our follow-up to send it still open: the quote is owed, and the late promise says so
        }
        if (thing != null && boughtWithinAYear(f, in, thing)) {
            return false; // "Send pricing for the analytics module" after they signed for it: no choice of theirs is waiting
        }
        String quote = thing == null ? "the quote" : "the quote for " + thing;
        f.values.put("liveThing", quote);
        f.values.put("liveOn", f.dayInWords(sentOn, f.today));
        f.values.put("liveWhen", TimeWords.ago(BriefFacts.days(sentOn, f.today)));
        f.values.put("liveWords", BriefFacts.said(t));
        // Sent by a follow-up days after they asked: the day it went, then their words and the day they were said
        f.values.put("liveSaid", sentOn.equals(on) ? f.values.get("liveOn") + ": \u201c" + BriefFacts.said(t) + "\u201d"
                : f.values.get("liveOn") + ", after \u201c" + BriefFacts.said(t) + "\u201d on " + f.dayInWords(on, f.today));
        return true;
    }

    /** They bought the thing quoted in the last year: "the analytics module" is in "FieldLine Insights analytics module (annual)". */
    private static boolean boughtWithinAYear(BriefFacts f, BriefInput in, String thing) {
        String named = thing.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        for (app.rapport.domain.Purchase p : f.boughtSoFar()) {
            if (BriefFacts.days(p.purchasedOn(), f.today) <= 365 && BriefFacts.itemName(p, in).toLowerCase(Locale.ROOT).contains(named)) {
                return true;
            }
        }
        return false;
    }

    /** A follow-up of ours done after the contact that sent them a quote, price or proposal ("Send Morgan the quote for the robot vacuum"). */
    private static FollowUp quoteSentSince(BriefInput in, LocalDate on, LocalDate today) {
        FollowUp newest = null;
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null || !fu.reason().toLowerCase(Locale.ROOT).matches("^\\s*(?:send|email|post|give)\\b.*")
                    || !QUOTE_SENT.matcher("sent " + fu.reason()).find()) {
                continue;
            }
            LocalDate done = fu.doneAt().atZone(in.zone()).toLocalDate();
            if (!done.isBefore(on) && !done.isAfter(today) && (newest == null || done.isAfter(newest.doneAt().atZone(in.zone()).toLocalDate()))) {
                newest = fu;
            }
        }
        return newest;
    }

    private static String quotedThing(String words) {
        if (words == null) {
            return null;
        }
        Matcher m = QUOTE_FOR.matcher(words);
        if (!m.find()) {
            return null;
        }
        String thing = m.group(1).strip();
        String lower = thing.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ")) {
            thing = "the " + thing.substring(thing.indexOf(' ') + 1);
        } else if (lower.startsWith("their ") || lower.startsWith("our ")) {
            thing = "the " + thing.substring(thing.indexOf(' ') + 1);
        } else if (!lower.startsWith("the ")) {
            thing = "the " + thing;
        }
        return thing;
    }

    /** The newest conversation ended on a step still to take, with no day set for it, and nothing bought since. */
    private static boolean ahead(BriefFacts f, BriefInput in, Touchpoint t, long age) {
        String outcome = t.outcome() == null ? "" : t.outcome();
        String words = t.summary() + " \u2014 " + outcome;
        Matcher step = AHEAD.matcher(outcome);
        if (!step.find()) {
            step = AHEAD.matcher(t.summary());
            if (!step.find()) {
                return false;
            }
        }
        LocalDate on = BriefFacts.day(t, in);
        if (DATED.matcher(words).find() || TextSignals.saysRefusal(words)
                || f.lastPurchaseOn != null && f.lastPurchaseOn.isAfter(on)) {
            return false;
        }
        String said = step.group().toLowerCase(Locale.ROOT).replaceFirst("^(?:a|the) ", "");
        f.values.put("liveThing", said);
        if (said.startsWith("wants to ") || said.startsWith("want to ")) {
            String rest = said.substring(said.indexOf(" to ") + 4);
            f.values.put("liveStep", "they wanted to " + rest);
            f.values.put("liveStepYou", "you wanted to " + rest);
        } else if (said.startsWith("will ")) {
            f.values.put("liveStep", "they said they would " + said.substring(5));
            f.values.put("liveStepYou", "you said you would " + said.substring(5));
        } else {
            Matcher thing = STEP_THING.matcher(said);
            String named = thing.find() ? thing.group(1) : said;
            f.values.put("liveStep", "we said we would set up " + article(named) + named);
            f.values.put("liveStepYou", "we said we would set up " + article(named) + named);
        }
        f.values.put("liveOn", f.dayInWords(on, f.today));
        f.values.put("liveWhen", TimeWords.ago(age));
        // months with no word from us after a step left open: the wait was ours to break, so the opener owns it
        f.values.put("liveSorry", age >= STEP_WAITED_DAYS ? ", and I'm sorry we didn't come back to you then" : "");
        f.values.put("liveWords", BriefFacts.said(t));
        return true;
    }
}
