package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * We already checked how what they have is doing, lately, and heard of no trouble: a follow-up done
 * ("Check Dmitri is getting on with the stand mixer", "Check the oven is still running fine"), a
 * contact of ours that asked it ("Nadia called Marco to check the oven is level") and heard nothing
 * wrong, or their own word that it works well. Asking the same again within months is a repeat that
 * tells them we do not read our own notes, so the brief says what the check found instead.
 */
final class CheckDone {
    /** A check that found all well covers about half a year: asking sooner again is a repeat. */
    static final int COVERS_DAYS = 183;

    /** Words of a check on how the thing is doing: "check X is getting on with", "to check the oven is level", "see how it is running". */
    private static final Pattern CHECK = Pattern.compile(
            "\\b(?:check(?:ed|ing)?|see|make sure|find out|ask(?:ed)?)\\b[^.;]{0,60}?\\b(?:getting on|gets on|got on|running|working|works|doing|settled|settling"
                    + "|level|happy with|pleased with|fine|okay|ok|all (?:is )?well|going)\\b"
                    + "|\\bcheck(?:ed|ing)?[- ](?:in|on|up)\\b"
                    // "Called Diana: how is the dishwasher doing?", "a short \"how's it going?\" message"
                    + "|\\bhow(?:'s| is| are| has| have)? (?:it|they|things|the [\\p{L} -]{1,40}?)(?:'s| is| are| has| have)? (?:been )?(?:doing|going|getting on|working|settling)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A review of the account with them: "Account review with Redwood", "quarterly business review", "annual review meeting". */
    private static final Pattern REVIEW = Pattern.compile(
            "\\b(?:account|annual|yearly|quarterly|business|service|half-year(?:ly)?|usage) review\\b|\\bQBR\\b|\\bhealth[- ]check\\b",
            Pattern.CASE_INSENSITIVE);
    /** A review set for a day, not held: "Scheduled the quarterly review with Jana for Friday". */
    private static final Pattern REVIEW_SET = Pattern.compile(
            "\\b(?:schedul\\w*|book\\w*|arrang\\w*|set up|plann\\w*|moved|invit\\w*|propos\\w*)\\b[^.;]{0,30}\\breview\\b", Pattern.CASE_INSENSITIVE);
    /** An outcome that leaves something open: "Wants a roadmap update", "Asked about the next release", "Needs another session". */
    private static final Pattern LEFT_OPEN = Pattern.compile("\\b(?:wants?|asked|asks|needs?|requests?|requested|open|follow-up)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Their own word that it is doing well: "says the mixer works a treat", "no problems with the oven". */
    private static final Pattern FINE = Pattern.compile(
            "\\b(?:works|working|runs|running) (?:well|great|fine|perfectly|beautifully|a treat|smoothly)\\b|\\bno (?:problems|issues|complaints)\\b"
                    + "|\\ball (?:good|fine|well)\\b|\\b(?:loves?|happy with|pleased with|delighted with) (?:it|the|her|his|their)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A check that was not made, or is still to be made. */
    private static final Pattern NOT_DONE = Pattern.compile(
            "\\b(?:no answer|no reply|not reached|couldn't reach|could not reach|voicemail|will check|to be checked|didn't get|did not get|rescheduled|cancelled|canceled)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Our follow-up after a delivery or a fitting, asking after it: "Follow-up after the oven installation: any leaks, noises or error codes?". */
    private static final Pattern FOLLOW_UP_AFTER = Pattern.compile("\\bfollow-?up after\\b|\\bany (?:leaks|problems|issues|questions|noises)\\b", Pattern.CASE_INSENSITIVE);

    private CheckDone() {
    }

    /** Words of ours that asked how the thing is doing: a check-in, or a follow-up after its delivery. */
    static boolean asksHowItIs(String words) {
        return words != null && (CHECK.matcher(words).find() || FOLLOW_UP_AFTER.matcher(words).find());
    }

    /** What a check found, as the brief says it: "We checked on the oven three times since they got it, last on August 18 (a follow-up, done)". */
    record Found(LocalDate last, String said, String inShort, String nextWhen) {
    }

    /**
     * The checks done on {@code item} (said as {@code thing}) since it was bought and within the last
     * {@link #COVERS_DAYS}, with no trouble heard since the newest; null when there are none. The thing may be named short,
     * its last word and one other of its words ("the cordless vacuum" for "the cordless stick vacuum", not "the robot vacuum").
     */
    static Found of(BriefFacts f, BriefInput in, List<Touchpoint> past, Purchase item, String thing) {
        LocalDate bought = item.purchasedOn();
        LocalDate from = f.today.minusDays(COVERS_DAYS);
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = null;
        String lastSaid = null;
        boolean lastTheirs = false;
        for (FollowUp followUp : in.followUps()) {
            if (followUp.doneAt() == null || followUp.reason() == null) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(followUp.doneAt(), in.zone());
            if (on.isBefore(bought) || on.isBefore(from) || on.isAfter(f.today) || !CHECK.matcher(followUp.reason()).find()
                    || !names(followUp.reason(), thing) || onlyUnansweredThatDay(on, in, past)) {
                continue;
            }
            days.add(on);
            if (last == null || on.isAfter(last)) {
                last = on;
                lastSaid = "a follow-up, done";
                lastTheirs = false;
            }
        }
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (!on.isAfter(bought) || on.isBefore(from)) {
                continue;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = t.summary() + (outcome.isBlank() ? "" : " \u2014 " + outcome);
            // a review of their account goes over everything they have with us, named or not
            // held, not only set ("Scheduled the quarterly review for Friday"), and left nothing open: no tickets, no ask of theirs
            boolean review = REVIEW.matcher(t.summary()).find() && !REVIEW_SET.matcher(t.summary()).find() && OurCheck.actionsLeft(outcome) == null
                    && !LEFT_OPEN.matcher(outcome).find();
            // "Checked in with Lucía; everything running smoothly": a check-in that names nothing of theirs and found all well
            // asked after everything they have, as a review does
            boolean allWell = t.direction() == Direction.OUTBOUND && CHECK.matcher(t.summary()).find() && FINE.matcher(words).find()
                    && namesNothingBought(in, t.summary()) && OurCheck.actionsLeft(outcome) == null && !LEFT_OPEN.matcher(outcome).find();
            if (!review && !allWell && !names(t.summary(), thing) || NOT_DONE.matcher(words).find()) {
                continue;
            }
            // a check of ours counts once they answered it: a "how's it going?" message with no reply found nothing
            boolean asked = t.direction() == Direction.OUTBOUND && (review || allWell || CHECK.matcher(t.summary()).find()) && BriefFacts.heard(t)
                    && TextSignals.problem(review || allWell ? words : outcome) == null;
            // their word, not ours: "Emailed Jordan to check the dryer is still running fine", unanswered, told us nothing (Jordan Doyle, read 52)
            boolean toldFine = BriefFacts.heard(t) && FINE.matcher(words).find() && TextSignals.problem(words) == null;
            if (!asked && !toldFine) {
                continue;
            }
            if (!days.contains(on)) {
                days.add(on);
            }
            if (last == null || !on.isBefore(last)) {
                last = on;
                lastSaid = "\u201c" + BriefFacts.stripEnd(t.summary()) + (outcome.isBlank() ? "" : " \u2014 " + BriefFacts.stripEnd(outcome)) + "\u201d";
                lastTheirs = !asked;
            }
        }
        if (last == null || troubleSince(in, past, last)) {
            return null;
        }
        String times = switch (days.size()) {
            case 1 -> "";
            case 2 -> " twice since they got it, last";
            case 3 -> " three times since they got it, last";
            default -> " " + days.size() + " times since they got it, last";
        };
        LocalDate next = last.plusDays(COVERS_DAYS);
        // "until about December" read on December 6 says nothing: a time this near is said within its month
        String nextWhen = BriefFacts.days(f.today, next) <= NEAR_DAYS ? roughly(next, f.today) : month(next, f.today);
        String on = f.dayInWords(last, f.today);
        return lastTheirs
                ? new Found(last, "they told us on " + on + " that " + thing + " is doing well (" + lastSaid + ")",
                        "they told us lately that " + thing + " is doing well", nextWhen)
                : new Found(last, "we checked on " + thing + times + " on " + on + " (" + lastSaid + ")", thing + " was checked lately", nextWhen);
    }

    /** A follow-up ticked off by a contact of ours that day that nobody answered: the check was sent, and found nothing. */
    private static boolean onlyUnansweredThatDay(LocalDate on, BriefInput in, List<Touchpoint> past) {
        List<Touchpoint> thatDay = past.stream().filter(t -> BriefFacts.day(t, in).equals(on)).toList();
        return !thatDay.isEmpty() && thatDay.stream().noneMatch(BriefFacts::heard);
    }

    /** How far back our own check-ins are counted as "lately": two in this span and a third is one too many. */
    static final int CHECK_INS_DAYS = 14;

    /**
     * Two or more check-ins of ours in the last fortnight ("Checked in with Giovanni; everything running smoothly", then
     * a "how's it going?" message four days on): another would tire them, so the brief warns against a third, in the days
     * of the ones made ("we checked in on November 28 and again on December 2, with no reply to that"). Null when fewer.
     */
    static String checkInsLately(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        List<Touchpoint> ours = new ArrayList<>();
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > CHECK_INS_DAYS) {
                break; // newest first
            }
            if (t.direction() == Direction.OUTBOUND && t.summary() != null && CHECK.matcher(t.summary()).find()) {
                ours.add(0, t);
            } else if (t.direction() == Direction.INBOUND) {
                // they came to us: check-ins before that are behind us, the ones since are what they last heard of us
                // (a visit of theirs ten days ago does not make two check-ins of ours this week fine)
                break;
            }
        }
        if (ours.size() < 2) {
            return null;
        }
        List<String> days = new ArrayList<>();
        for (Touchpoint t : ours) {
            String on = f.dayInWords(BriefFacts.day(t, in), f.today);
            if (!days.contains(on)) {
                days.add(on);
            }
        }
        if (days.size() < 2) {
            return null;
        }
        String said = "we checked in on " + String.join(", ", days.subList(0, days.size() - 1)) + " and again on " + days.get(days.size() - 1);
        Touchpoint last = ours.get(ours.size() - 1);
        return BriefFacts.heard(last) ? said : said + ", with no reply to that yet";
    }

    /** How long a "how is it going?" they answered covers a new client: a fortnight, the span of our check-ins. */
    static final int NEW_CLIENT_COVERS_DAYS = CHECK_INS_DAYS;
    /** When the next natural "how is it going?" falls for a new client: about a month after the last one they answered. */
    static final int NEW_CLIENT_NEXT_DAYS = 30;

    /**
     * A new client we asked lately how their purchase is going, and who answered with no trouble (Dev: a "how's it going?"
     * message, then a call the day after, "All fine"): asking again is one touch too many. The check as the brief says it,
     * with when the next natural touch falls ("early January"); null when no such check lies within the fortnight.
     */
    static Found askedNewClientLately(BriefFacts f, BriefInput in, List<Touchpoint> past, Purchase item, String thing) {
        Found found = of(f, in, past, item, thing);
        if (found == null || BriefFacts.days(found.last(), f.today) > NEW_CLIENT_COVERS_DAYS) {
            return null;
        }
        return new Found(found.last(), found.said(), found.inShort(), roughly(found.last().plusDays(NEW_CLIENT_NEXT_DAYS), f.today));
    }

    /** A next check this near is said as part of its month ("mid-December"), not the month alone. */
    private static final int NEAR_DAYS = 45;

    /** "March", or "March 2027" when not this year. */
    private static String month(LocalDate day, LocalDate today) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (day.getYear() == today.getYear() ? "" : " " + day.getYear());
    }

    /** "early January", "mid-December", "late March 2027". */
    private static String roughly(LocalDate day, LocalDate today) {
        int date = day.getDayOfMonth();
        return (date <= 10 ? "early " : date <= 20 ? "mid-" : "late ") + month(day, today);
    }

    private static boolean namesNothingBought(BriefInput in, String words) {
        for (Purchase bought : in.purchases()) {
            if (names(words, BriefFacts.itemName(bought, in)) || bought.description() != null && names(words, bought.description())) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\d-]+");
    private static final java.util.Set<String> NOT_NAMING = java.util.Set.of("the", "and", "for", "our", "their", "annual", "pack");

    private static boolean names(String words, String thing) {
        if (OpenThreads.names(words, thing)) {
            return true;
        }
        if (words == null || thing == null) {
            return false;
        }
        List<String> own = new ArrayList<>();
        for (String w : WORD.split(thing.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && !NOT_NAMING.contains(w)) {
                own.add(w);
            }
        }
        if (own.size() < 3) {
            return false; // "the robot vacuum" named short is "the vacuum", which may be another one
        }
        String lower = words.toLowerCase(Locale.ROOT);
        long missing = own.stream().filter(w -> !Pattern.compile("\\b" + Pattern.quote(w) + "s?\\b").matcher(lower).find()).count();
        return missing <= 1 && Pattern.compile("\\b" + Pattern.quote(own.get(own.size() - 1)) + "s?\\b").matcher(lower).find();
    }

    /** They told us of trouble since the check: the check no longer says all is well. */
    private static boolean troubleSince(BriefInput in, List<Touchpoint> past, LocalDate since) {
        for (Touchpoint t : past) {
            if (!BriefFacts.day(t, in).isAfter(since)) {
                continue;
            }
            if (TextSignals.problem(t.summary() + " " + (t.outcome() == null ? "" : t.outcome())) != null || OurCheck.actionsLeft(t.outcome()) != null) {
                return true; // trouble told, or tickets or actions left for us
            }
        }
        return false;
    }
}
