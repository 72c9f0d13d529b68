package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slot they are still waiting for: they asked to go on our cancellation list for Friday, and no visit,
 * booking or purchase of theirs has come since. It stands whatever else leads the call, and a call that
 * offers them a time should know it: a Friday that comes free may be the quickest way in (Dmitri, read 41,
 * wanted to come in before the holidays while on the Friday list). A wait of months is owned with a sorry
 * (Eleanor, read 40: seven months said flat). When our hours have since moved off the day they wanted
 * ("late opening moves from Thursday to Wednesday"), the caller says so honestly and offers the new day;
 * that holds for a slot they asked for on a day as well ("a slot on a Thursday evening").
 * <p>
 * Reads {@code waitListed} and the value {@code waitListPoint} (its line, under another lead), and
 * {@code threadWaitSaid} (what the wish-open situation adds when the list itself is the thread it leads on).
 */
final class WaitListed {
    /** A year on, a list nobody mentioned again is history. */
    static final int WAIT_DAYS = 365;
    /** Waiting this long for a slot (more than a season) is worth a sorry. */
    static final int LONG_WAIT_DAYS = 120;
    private static final int WORDS_READ = 60;
    /** A booking of a step on the way (a consultation, a patch test, a call) is not the slot they wait for. */
    private static final Pattern NOT_THE_SLOT = Pattern.compile("\\b(consultation|patch test|call|demo|measure|chat)\\b|\\bwho (?:booked|rebooked)\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up of ours about the list or a slot, done since: someone went back to them about it. */
    private static final Pattern FOR_THE_LIST = Pattern.compile("\\b(cancellation|waiting list|wait-?list|slot)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AN_APPOINTMENT = Pattern.compile("\\bappointment\\b", Pattern.CASE_INSENSITIVE);
    /** A visit that was not for a service of theirs: they came by to send someone our way, to give feedback, to ask. */
    private static final Pattern ONLY_DROPPED_BY = Pattern.compile(
            "\\b(referred|suggested|passed (?:it )?on|dropped (?:off|by)|popped in to|asked (?:about|whether|if|what|how)|told us about)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    private WaitListed() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("waitListPoint", "");
        f.values.put("threadWaitSaid", "");
        f.values.put("threadWaitSorry", "");
        boolean listRead = false;
        boolean slotRead = false;
        String listPart = null;
        String slotPart = null;
        for (int i = 0; i < Math.min(past.size(), WORDS_READ) && !(listRead && slotRead); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > WAIT_DAYS) {
                break;
            }
            if (!BriefFacts.heard(t)) {
                continue;
            }
            String words = t.summary() + (t.outcome() == null || t.outcome().isBlank() ? "" : "; " + t.outcome());
            String listed = listRead ? null : TextSignals.waitListed(words);
            String slotDay = listed != null || slotRead || t.direction() != Direction.INBOUND ? null : TextSignals.slotDayAsked(t.summary());
            if (listed == null && slotDay == null) {
                continue;
            }
            // only the newest of each speaks: what came of it is the question, older asks of the kind are its history
            listRead |= listed != null;
            slotRead |= slotDay != null;
            List<Touchpoint> newer = past.subList(0, i);
            if (slotSince(f, newer, on) || bookedThen(t) || followedUpSince(in, on, f.today)) {
                break; // a slot since answers every older wish for one
            }
            String day = slotDay != null ? slotDay : dayOf(listed);
            TextSignals.HoursMoved moved = day == null ? null : movedSince(day, newer);
            if (listed != null) {
                listPart = said(f, in, listed, day, moved, on, age, newer);
            } else if (moved != null) {
                slotPart = said(f, in, null, day, moved, on, age, newer); // a slot on a day our hours still keep: the ask's own lines speak for it
            }
        }
        String point = slotPart == null ? listPart : listPart == null || listPart.isEmpty() ? slotPart : slotPart + " " + listPart;
        if (point != null && !point.isEmpty()) {
            f.waitListed = true;
            f.values.put("waitListPoint", point);
        }
    }

    /**
     * The line for one wish (a list when {@code listed} is set, else a slot on a day), or "" when the wish-open situation
     * leads on this very list and takes what is to add ({@code threadWaitSaid}).
     */
    private static String said(BriefFacts f, BriefInput in, String listed, String day, TextSignals.HoursMoved moved,
                               LocalDate on, long age, List<Touchpoint> newer) {
        boolean leads = "wish".equals(f.thread) && listed != null && listed.equals(f.values.get("threadSaid"));
        String sorry = age >= LONG_WAIT_DAYS ? "it has been " + TimeWords.span(age) + ", so say sorry for the long wait" : null;
        String movedSaid = moved == null ? null : movedSaid(f, in, moved, day, listed != null, newer);
        if (leads) {
            f.values.put("threadWaitSaid", (sorry == null ? "" : " " + capitalFirst(sorry) + ".") + (movedSaid == null ? "" : " " + movedSaid));
            f.values.put("threadWaitSorry", sorry == null ? "" : " I'm sorry it has taken so long.");
            return "";
        }
        String asked = listed != null ? "They " + listed : "They asked for a slot on " + article(day) + " " + day;
        String when = " (" + f.dayInWords(on, f.today) + ")";
        String yet = listed != null ? ", and nothing has come of it yet" : "";
        if (movedSaid != null) {
            return asked + when + yet + (sorry == null ? ". " : "; " + sorry + ". ") + movedSaid;
        }
        String slot = day == null ? "the first slot that comes free" : "the first " + day + " that comes free";
        boolean comeIn = "wish".equals(f.thread);
        return asked + when + yet + (sorry == null ? ": " : "; " + sorry + ", ")
                + (comeIn ? slot + " may be the quickest way in, so offer it first." : (sorry == null ? "say" : "tell them") + " they are still on it, and offer " + slot
                + ", or ask whether it still stands.");
    }

    /** Our hours moved off the day they wanted: said honestly, and the new day offered; a late opening moved leaves the day itself open. */
    private static String movedSaid(BriefFacts f, BriefInput in, TextSignals.HoursMoved moved, String day, boolean list, List<Touchpoint> newer) {
        String movedOn = f.dayInWords(movedOn(moved, newer, in), f.today);
        String part = day.contains(" ") ? day.substring(day.indexOf(' ') + 1) : null; // "evening" of "Thursday evening"
        String what = capitalFirst(moved.what()) + " has since moved from " + moved.from() + " to " + moved.to() + " (" + movedOn + ")";
        if (part == null && EVENING_HOURS.matcher(moved.what()).find()) {
            return what + ": if it was an evening they were after, say so honestly and offer " + article(moved.to()) + " " + moved.to() + " evening instead.";
        }
        return what + ": say so honestly, and offer " + article(moved.to()) + " " + moved.to() + (part == null ? "" : " " + part) + " instead"
                + (list ? ", or ask which day's list suits them now." : ".");
    }

    /** Hours that are only part of the day: a late opening moved, the day itself still opens. */
    private static final Pattern EVENING_HOURS = Pattern.compile("\\b(late|evening|nights?)\\b", Pattern.CASE_INSENSITIVE);

    /** They came in, booked the slot, or bought since: the wait is over. */
    private static boolean slotSince(BriefFacts f, List<Touchpoint> newer, LocalDate on) {
        for (Touchpoint t : newer) {
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (BriefFacts.heard(t) && TextSignals.saysBooked(words) && !NOT_THE_SLOT.matcher(words).find()) {
                return true;
            }
            if (t.direction() == Direction.INBOUND && t.channel() == app.rapport.domain.Channel.VISIT
                    && (AN_APPOINTMENT.matcher(words).find() || !ONLY_DROPPED_BY.matcher(words).find())) {
                return true; // in for a service ("fringe trim between cuts", "brought Declan along to the next appointment"), logged without a sale
            }
        }
        for (Purchase p : f.boughtSoFar()) {
            if (p.purchasedOn().isAfter(on)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bookedThen(Touchpoint t) {
        return TextSignals.saysBooked(t.outcome()) && !NOT_THE_SLOT.matcher(t.outcome()).find();
    }

    private static boolean followedUpSince(BriefInput in, LocalDate on, LocalDate today) {
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() != null && FOR_THE_LIST.matcher(fu.reason()).find()) {
                LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
                if (!done.isBefore(on) && !done.isAfter(today)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String dayOf(String listed) {
        Matcher m = WEEKDAY.matcher(listed);
        return m.find() ? capitalFirst(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** A word of ours since, moving our hours off the day they wanted. */
    static TextSignals.HoursMoved movedSince(String day, List<Touchpoint> newer) {
        String weekday = day.contains(" ") ? day.substring(0, day.indexOf(' ')) : day;
        for (Touchpoint t : newer) {
            TextSignals.HoursMoved moved = TextSignals.hoursMoved(t.summary());
            if (moved != null && moved.from().equalsIgnoreCase(weekday)) {
                return moved;
            }
        }
        return null;
    }

    private static LocalDate movedOn(TextSignals.HoursMoved moved, List<Touchpoint> newer, BriefInput in) {
        for (Touchpoint t : newer) {
            if (moved.equals(TextSignals.hoursMoved(t.summary()))) {
                return BriefFacts.day(t, in);
            }
        }
        throw new IllegalStateException("the move was read from these contacts");
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String capitalFirst(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
