package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit of theirs that the record does not show: they said they would come in on Thursday to see
 * the microwave, or the next visit was booked in six weeks, the day has gone by, and no visit,
 * purchase or booking of theirs is logged since. The caller asks after it kindly (they may have come
 * and it was not logged, or life got in the way), never as a missed appointment to blame them for.
 * Reads {@code visitMissed} and the values {@code visitSaid}, {@code visitOn}; when the promise is the very contact
 * that has gone quiet, {@code quietVisit} instead (the gone-quiet opener asks after it).
 * <p>
 * The same for a step of ours: a session, training, a check or a review that we found needed ("Week-one check —
 * Needs another session"), offered ("Offered extra training"), said we would arrange or booked, with nothing on record
 * since that shows it happened. Said as ours ("we said another session was needed"), never as their ask: once its
 * time has come, the caller asks kindly whether it happened, and if not offers a time; before that, offers a time.
 * Reads {@code stepOwed} ("due" or "fresh") and the values {@code stepSaid}, {@code stepOn}.
 */
final class VisitUnsaid {
    /** Only the last months: an older promise is history the lapsed frames speak for. */
    static final int PROMISE_DAYS = 150;
    /** Days after the visit was due before its absence is worth a word: a week's slack for a named day or an interval. */
    private static final int SLACK_DAYS = 7;
    /** Days after a day named for it ("on Monday", "for Wednesday") before a visit or step not logged is worth a word. */
    private static final int NAMED_DAY_SLACK_DAYS = 2;
    /** When no day was said: "will bring their partner to see it" is due within a fortnight. */
    private static final int UNDATED_DUE_DAYS = 14;
    /** A next visit booked with no interval said: about the six weeks a salon books ahead. */
    private static final int NEXT_VISIT_DUE_DAYS = 42;
    private static final int WORDS_READ = 40;

    private VisitUnsaid() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        theirVisit(f, in, past);
        ourStep(f, in, past);
    }

    private static void theirVisit(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("quietVisit", "");
        f.values.put("visitBooked", "false");
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > STEP_DAYS) {
                return;
            }
            if (!BriefFacts.heard(t)) {
                continue;
            }
            String words = t.summary() + (t.outcome() == null ? "" : ". " + t.outcome());
            TextSignals.VisitPromise promise = TextSignals.visitPromised(words);
            if (promise == null) {
                continue;
            }
            // Only the newest promise speaks: whether it was kept is the question; older ones are its history. A visit we
            // booked stays ours to account for as long as a step of ours; one they only said they would make, less.
            boolean booked = promise.said().startsWith("booked");
            if (!booked && age > PROMISE_DAYS) {
                return;
            }
            boolean nextBooked = promise.said().startsWith("booked their ");
            long due = promise.inDays() != null ? promise.inDays() : nextBooked ? NEXT_VISIT_DUE_DAYS : UNDATED_DUE_DAYS;
            // a day named ("on Monday") is due that day, and a couple of days' slack is enough once it has passed
            LocalDate named = promise.dayNamed() ? TimeWords.dayNamed(words, on) : null;
            LocalDate dueOn = named != null ? named.plusDays(NAMED_DAY_SLACK_DAYS) : on.plusDays(due + SLACK_DAYS);
            List<Touchpoint> newer = past.subList(0, i);
            // what it was for, by its name first ("the half-head highlights"), so a doubt's own words are not read as the thing
            String byName = nextBooked || !booked ? null : WhatFor.thingNamed(t.summary(), f, in);
            String thing = nextBooked ? null : byName != null ? byName : thingOf(t.summary());
            // what they said of the thing before the day came ("does it take the old one away?") says nothing of the visit;
            // and talk of it after a visit we booked ("the highlights" in a thank-you) is no visit either
            List<Touchpoint> fromTheDay = newer.stream().filter(n -> !BriefFacts.day(n, in).isBefore(named != null ? named : on)).toList();
            if (f.today.isBefore(dueOn) || thing != null && !booked && spokenOfSince(thing, fromTheDay) || cameSince(f, newer, on, booked)) {
                return;
            }
            if (quotedByTheQuietThread(f, t, on)) {
                // The gone-quiet line already quotes these words: its opener asks after the visit, so it is said once
                f.values.put("quietVisit", " You " + TextSignals.toSecondPerson(promise.said()) + ", and I don't think we caught you then.");
                return;
            }
            f.visitMissed = true;
            f.values.put("visitBooked", String.valueOf(booked));
            // "to see it" read alone says nothing: name what the contact was about ("to see the washing machine")
            String said = thing == null ? promise.said() : booked ? promise.said() + " for " + thing // "booked a patch test for the full head colour"
                    : promise.said().replaceFirst("\\b(to (?:see|look at|try|view)) (?:it|them|one)$", "$1 " + thing);
            f.values.put("visitSaid", said);
            f.values.put("visitOn", f.dayInWords(on, f.today));
            return;
        }
    }

    /**
     * What the contact was about, to name it instead of "it": the thing they asked us to help choose ("which washing
     * machine would fit", after the kitchen's measurements), else what the words end on ("the energy rating and running
     * costs of the fridge freezer"), else the first thing named.
     */
    private static String thingOf(String summary) {
        String which = BriefFacts.whichThing(summary);
        if (which != null) {
            return "the " + which.substring(which.indexOf(' ') + 1);
        }
        int of = summary.lastIndexOf(" of the ");
        String thing = of < 0 ? null : TextSignals.theThing(summary.substring(of + 4));
        return thing != null ? thing : TextSignals.theThing(summary);
    }

    /** They spoke of the same thing since (a price-match question a month on): the visit is history, the newer words speak for it. */
    private static boolean spokenOfSince(String thing, List<Touchpoint> newer) {
        String named = thing.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "");
        for (Touchpoint t : newer) {
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(java.util.Locale.ROOT);
            if (BriefFacts.heard(t) && words.contains(named)) {
                return true;
            }
        }
        return false;
    }

    /** The thing gone quiet is this contact, in its own words: its line quotes the promise. */
    private static boolean quotedByTheQuietThread(BriefFacts f, Touchpoint t, LocalDate on) {
        String words = f.values.get("quietWords");
        return f.offerGoneQuiet && f.quietAgeDays != null && words != null && f.today.minusDays(f.quietAgeDays).equals(on)
                && words.startsWith(BriefFacts.stripEnd(t.summary()));
    }

    /**
     * A visit of theirs after the promise (the same day counts: they rang in the morning and came in the
     * afternoon), a booking since, or a purchase: on the day or after for a visit to see something, only
     * after for something booked (what they bought that day was the visit the booking was made at).
     */
    private static boolean cameSince(BriefFacts f, List<Touchpoint> newer, LocalDate on, boolean booked) {
        for (Touchpoint t : newer) {
            // Any visit counts: a salon logs a client's cut as a visit of ours as often as of theirs, and a visit unseen is the claim to avoid
            if (t.channel() == Channel.VISIT
                    || BriefFacts.heard(t) && TextSignals.saysBooked(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                return true;
            }
        }
        for (Purchase p : f.boughtSoFar()) {
            if (p.purchasedOn().isAfter(on) || !booked && p.purchasedOn().equals(on)) {
                return true;
            }
        }
        return false;
    }

    /** A step of ours stays owed longer than a visit of theirs: it is ours to keep, a year on as much as a month. */
    static final int STEP_DAYS = 365;
    /** An offer of ours (extra training, a free check) not taken up in this long was let go by them: history, not a debt. */
    private static final int OFFER_TAKEN_UP_DAYS = 120;
    /** A step found needed, offered or promised with no day is due within a fortnight; one booked, within a week of the booking's day. */
    private static final int STEP_DUE_DAYS = 14;
    /** Words since that say a session of the kind was held: "ran a remote session", "trained the office team", "walked them through". */
    private static final java.util.regex.Pattern SESSION_HELD = java.util.regex.Pattern.compile(
            "\\b(?:sessions?|training|trained|workshops?|walk-?through|walked [\\p{L} ]{1,30}? through|showed [\\p{L} ]{1,30}? how|on-site day|onboarding (?:review|day|call))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern REVIEW_HELD = java.util.regex.Pattern.compile("\\breview\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern VISIT_HELD = java.util.regex.Pattern.compile("\\b(?:visit|on-site|at their site|meeting|met)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern CHECK_HELD = java.util.regex.Pattern.compile("\\b(?:check(?:ed)?(?![- ]in)|engineer|technician)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The newest step of ours still owed (see the class comment): nothing since that speaks of such a step held, no
     * meeting, visit or call since that speaks of the same thing, no follow-up done since for it. Only the newest
     * step speaks; an older one is its history.
     */
    private static void ourStep(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("stepOwed", "none");
        f.values.put("stepNewest", "false");
        f.values.put("stepQuietSince", "false");
        Purchase bookable = f.awaitingDelivery ? null : bookableBought(f, in);
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (bookable != null && on.isBefore(bookable.purchasedOn())) {
                if (stepBought(f, in, past, bookable)) {
                    return; // the newest step of ours is one they paid for
                }
                bookable = null;
            }
            if (age > STEP_DAYS) {
                break;
            }
            String words = t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : ". " + t.outcome());
            TextSignals.StepOwed step = TextSignals.stepOwed(words);
            if (step == null || BriefFacts.notice(t) || step.offered() && age > OFFER_TAKEN_UP_DAYS) {
                continue;
            }
            List<Touchpoint> newer = past.subList(0, i);
            String thing = WhatFor.thingNamed(t.summary(), f, in); // what of ours it was for, by its name
            thing = thing != null ? thing : thingOf(t.summary());
            if (heldSince(f, step, thing, step.kind() == TextSignals.StepKind.CHECK ? OurCheck.booked(words) : null, newer, in, on)) {
                return;
            }
            if (step.kind() == TextSignals.StepKind.CHECK && age <= UNDER_WAY_CHECK_DAYS && OurCheck.booked(words) != null) {
                return; // a check booked for a problem they told us of lately: something of ours under way, said by that rule
            }
            // booked for a named day ("the on-site visit for Monday"): due once that day has passed; else within a fortnight
            LocalDate named = step.booked() ? TimeWords.dayNamed(words, on) : null;
            boolean due = named != null ? !f.today.isBefore(named.plusDays(NAMED_DAY_SLACK_DAYS)) : age >= STEP_DUE_DAYS;
            if (!due && step.booked()) {
                return; // booked lately: its day may not have come
            }
            String said = step.said();
            if (named != null) {
                // "the on-site visit for Monday" read a week on: which Monday ("for Monday, November 30")
                said = said.replaceFirst("(?i)(for (?:this |next )?\\p{L}+day)$", "$1, " + java.util.regex.Matcher.quoteReplacement(f.dayInWords(named, f.today)));
            }
            String problem = step.kind() == TextSignals.StepKind.CHECK ? OurCheck.booked(words) : null;
            if (problem != null) {
                // "Mentioned a small rattle; booked a check": the check is for the rattle
                said = said + " for the " + problem + " they mentioned" + (thing == null ? "" : " with " + thing);
            } else if (thing != null && !said.contains(" on ") && !said.contains(" for ")) {
                // "another session" alone says nothing of what for: "another session on the dispatch licence"
                said = said.replaceFirst(java.util.regex.Pattern.quote(step.step()), java.util.regex.Matcher.quoteReplacement(step.step() + " on " + thing));
            }
            // the same check booked before for the same trouble, and never logged either: one promise, said once with both days
            LocalDate before = problem == null ? null : bookedBefore(f, in, past.subList(i + 1, Math.min(past.size(), WORDS_READ)), problem, thing);
            String days = before == null ? f.dayInWords(on, f.today) : f.dayInWords(before, f.today) + ", and again " + f.dayInWords(on, f.today);
            f.values.put("stepOwed", due ? "due" : "fresh");
            f.stepFrom = t;
            f.values.put("stepSaid", said);
            f.values.put("stepOn", f.dayInWords(on, f.today));
            // one line, said by the situation when the step leads the call and by the thread rule under another lead
            f.values.put("stepPoint", "We " + said + " (" + days + ")" + (due
                    ? ", and nothing on record since shows it happened: ask kindly whether it did (it may just not have been noted), and if not, offer a time for it."
                    : ": offer a time for it."));
            // a step we booked had its time: the caller checks it went ahead before offering another
            f.values.put("stepOpener", before != null && due ? "twice we " + TextSignals.toSecondPerson(said) + ", on " + days.replace(", and again ", " and again on ")
                    + ", and I can't see that it ever happened: I'm sorry about that. Shall we find a time that suits you?"
                    : TimeWords.ago(age) + " we " + TextSignals.toSecondPerson(said) + (!due ? ". When would suit you for it?"
                    : step.booked() ? ". I wanted to check it went ahead, as I can't see it noted since: if it didn't, shall we find a time that suits you?"
                    : ", and I don't think it has happened yet. Shall we find a time that suits you?"));
            // the newest thing between us, lately: the step is the call, not a line under a stock frame; offered in answer
            // to their doubt ("unsure about the brightness" — "Offered a free check with Ellie"), the doubt is the call
            boolean answersTheirFeeling = t.mood() != null && t.mood().tone() < 0;
            boolean newest = nothingSaidSince(newer) && !answersTheirFeeling;
            f.values.put("stepNewest", String.valueOf(age <= LiveThread.LIVE_DAYS && newest));
            // nothing heard from them since a step of ours whose time has come: however long ago, it is still the newest thing
            // between us, and leads rather than a stock hello (Camila's rattle check, eight months on, read 38)
            f.values.put("stepQuietSince", String.valueOf(due && newest));
            return;
        }
        if (bookable != null) {
            stepBought(f, in, past, bookable);
        }
    }

    /** A bought thing of ours that is held on a day still to be set: "On-site training day", "Training session (half day)", "Site survey". */
    private static final java.util.regex.Pattern BOOKABLE = java.util.regex.Pattern.compile(
            "\\b(?:training (?:days?|sessions?|courses?|workshops?)|on-site (?:days?|training|sessions?)|workshops?|site surveys?|refresher (?:days?|sessions?|training))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Bought longer ago than this, a day that was never set is history: the purchase lines speak for it. */
    private static final int BOOKABLE_DAYS = 120;

    /** The newest thing they bought lately that we hold for them on a day (training days, a workshop), or null. */
    private static Purchase bookableBought(BriefFacts f, BriefInput in) {
        for (Purchase p : f.boughtSoFar()) {
            if (BriefFacts.days(p.purchasedOn(), f.today) > BOOKABLE_DAYS) {
                return null;
            }
            if (BOOKABLE.matcher(BriefFacts.itemName(p, in)).find()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Something they bought that we hold on a day (two on-site training days), with nothing since the purchase that shows it
     * was held or set: ours to book, so said as a step of ours, and the call when it is the newest thing between us (Highmoor,
     * read 35: two training days signed for, no date booked, under "what would they like from us next"). The words of the
     * signing itself ("statement of work for the training day signed") say it was sold, not held.
     */
    private static boolean stepBought(BriefFacts f, BriefInput in, List<Touchpoint> past, Purchase p) {
        int since = 0;
        while (since < past.size() && BriefFacts.day(past.get(since), in).isAfter(p.purchasedOn())) {
            since++;
        }
        List<Touchpoint> newer = past.subList(0, since);
        String name = BriefFacts.itemName(p, in);
        String thing = f.spoken(name).replaceFirst("^(?:the|a|an|their) ", "");
        int n = RenewalTerms.count(p.description()); // "2 × On-site training day"
        // their things are said as bought: "two on-site training days", "a site survey"
        String things = n > 1 ? TimeWords.count(n) + " " + thing.replaceFirst("(?<!s)$", "s") : ("aeiou".indexOf(Character.toLowerCase(thing.charAt(0))) >= 0 ? "an " : "a ") + thing;
        String step = n > 1 ? "them" : "it";
        TextSignals.StepOwed held = new TextSignals.StepOwed("", thing, TextSignals.StepKind.SESSION, false, false);
        if (heldSince(f, held, thing, null, newer, in, p.purchasedOn()) || bookedSince(newer)) {
            return false;
        }
        long age = BriefFacts.days(p.purchasedOn(), f.today);
        boolean due = age >= STEP_DUE_DAYS;
        String on = f.dayInWords(p.purchasedOn(), f.today);
        f.values.put("stepOwed", due ? "due" : "fresh");
        f.values.put("stepSaid", "sold them " + things);
        f.values.put("stepOn", on);
        f.values.put("stepPoint", "They bought " + things + " (" + on + "), and no day for " + step + " is on record since"
                + (due ? ": ask kindly whether " + (n > 1 ? "they have" : "it has") + " been held (it may just not have been noted), and if not, offer days that suit their team."
                : ": offer days that suit their team."));
        f.values.put("stepOpener", TimeWords.ago(age) + " you signed up for " + things + ", and I don't think we have set " + (n > 1 ? "the days" : "the day")
                + " yet. Shall we find " + (n > 1 ? "days" : "a day") + " that suit your team?");
        f.values.put("stepNewest", String.valueOf(nothingSaidSince(newer)));
        return true;
    }

    /** A day set since: "Confirmed the training on the 14th", "booked the training days for March". */
    private static boolean bookedSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if (TextSignals.saysBooked(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                return true;
            }
        }
        return false;
    }

    /** Nothing of substance since: no word of theirs, no contact of ours beyond a notice. */
    private static boolean nothingSaidSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if (BriefFacts.heard(t) || !BriefFacts.notice(t) && t.direction() == Direction.INBOUND) {
                return false;
            }
        }
        return true;
    }

    /** How long a check booked for a problem they told us of is the under-way rule's to say ({@code BriefFacts.UNDER_WAY_DAYS}). */
    private static final int UNDER_WAY_CHECK_DAYS = 45;

    /**
     * Something since shows the step happened, or may have: words of such a step held, any meeting or visit (for a check,
     * one that speaks of the same thing, or a call that does), a follow-up done since that speaks of the step or the thing.
     */
    private static boolean heldSince(BriefFacts f, TextSignals.StepOwed step, String thing, String problem, List<Touchpoint> newer, BriefInput in,
                                     LocalDate on) {
        java.util.regex.Pattern held = switch (step.kind()) {
            case SESSION -> SESSION_HELD;
            case REVIEW -> REVIEW_HELD;
            case VISIT -> VISIT_HELD;
            case CHECK -> CHECK_HELD;
        };
        String named = thing == null ? null : thing.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "");
        for (Touchpoint t : newer) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            // a check's own "stopped" reads any stop ("stopped for a coffee"): here only a check, or the thing put right, speaks for it
            if ((held.matcher(words).find() || step.kind() == TextSignals.StepKind.CHECK && TextSignals.saysSettled(words))
                    && !checkOfAnother(f, step, thing, words, in)) {
                return true;
            }
            boolean met = t.channel() == Channel.MEETING || t.channel() == Channel.VISIT;
            if (met && step.kind() != TextSignals.StepKind.CHECK) {
                return true; // any meeting since may have held the session, as any visit keeps theirs: a session unseen is the claim to avoid
            }
            boolean spoken = met || t.channel() == Channel.CALL;
            // talk of the thing since keeps a check only when it touches the trouble or asks how the thing is doing: "the coffee
            // machine is the best purchase of the year" says nothing of the rattle we booked a check for (read 44, Frank Andersen)
            if (spoken && named != null && words.toLowerCase(java.util.Locale.ROOT).contains(named) && !BriefFacts.notice(t)
                    && (problem == null || BriefFacts.spokeOf(problem, words) || CheckDone.asksHowItIs(words))) {
                return true;
            }
        }
        for (app.rapport.domain.FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (done.isAfter(on) && (held.matcher(fu.reason()).find() && !checkOfAnother(f, step, thing, fu.reason(), in)
                    || named != null && fu.reason().toLowerCase(java.util.Locale.ROOT).contains(named))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A check since that was about another thing of theirs does not keep the check we booked for this one: "Nadia called
     * Giovanni to check the dryer is level" and "Check Giovanni is getting on with the washing machine" say nothing of the
     * rattle in his fridge freezer (read 43: it was booked twice and never logged, and the brief did not say it).
     */
    static boolean checkOfAnother(BriefFacts f, TextSignals.StepOwed step, String thing, String words, BriefInput in) {
        if (step.kind() != TextSignals.StepKind.CHECK || thing == null || OpenThreads.names(words, thing)) {
            return false;
        }
        String other = WhatFor.thingNamed(words, f, in);
        return other != null && !OpenThreads.names(other, thing) && !OpenThreads.names(thing, other);
    }

    /**
     * The day an older contact booked a check for the same trouble with the same thing ("Mentioned a small rattle; booked a
     * check", in June and again in August), with nothing between that shows it held; null when there is none.
     */
    private static LocalDate bookedBefore(BriefFacts f, BriefInput in, List<Touchpoint> older, String problem, String thing) {
        for (Touchpoint t : older) {
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > STEP_DAYS) {
                return null;
            }
            String words = t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : ". " + t.outcome());
            String named = WhatFor.thingNamed(t.summary(), f, in);
            if (problem.equals(OurCheck.booked(words)) && (thing == null || named == null || OpenThreads.names(named, thing) || OpenThreads.names(thing, named))) {
                return on;
            }
        }
        return null;
    }
}
