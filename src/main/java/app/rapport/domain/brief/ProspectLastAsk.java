package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prospect who has asked us about one thing many times is called about the last thing they asked,
 * not "where we left off": the slot they asked for and the consultation we booked, the price and time
 * they asked at the last contact and never got, the price list we sent. Read into
 * {@code historyOpener}; the general words stay when their last word asked nothing we can name.
 */
final class ProspectLastAsk {
    /** Older than this, their last ask is history: the general words fit better. */
    static final int LAST_ASK_DAYS = 120;
    private static final Pattern BOOKED_STEP = Pattern.compile(
            "\\bbooked (?:a |an |the |her |him |them )?(consultation|patch test|home measure|demo|trial|site visit|appointment|visit)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT = Pattern.compile(
            "\\b(?:sent|emailed|gave)\\s+(?:them\\s+|her\\s+|him\\s+)?((?:the |a |an |our )?(?:price list|pricing|prices?|quote|brochure|references|details))\\b",
            Pattern.CASE_INSENSITIVE);

    private ProspectLastAsk() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        String thing = f.values.get("interestThing");
        if (!f.prospectHistory || thing == null) {
            return;
        }
        f.values.put("historyOpener", "I wanted to pick up where we left off about " + thing + " and see where things stand for you.");
        Touchpoint last = null;
        for (Touchpoint t : past) {
            if (t.direction() == Direction.INBOUND && BriefFacts.heard(t) && !BriefFacts.notice(t)) {
                last = t;
                break;
            }
        }
        if (last == null) {
            return;
        }
        long age = BriefFacts.days(BriefFacts.day(last, in), f.today);
        TextSignals.Ask ask = f.askIn(last.summary(), false);
        if (age > LAST_ASK_DAYS || ask == null || ask.phrase().isBlank() || ask.kind() == TextSignals.AskKind.PLAN) {
            return;
        }
        String outcome = last.outcome() == null ? "" : last.outcome().strip();
        String asked = TimeWords.ago(age) + " you asked us " + ask.spoken();
        Matcher booked = BOOKED_STEP.matcher(outcome);
        Matcher sent = SENT.matcher(outcome);
        if (booked.find()) {
            f.values.put("historyOpener", asked + ", and we booked a " + booked.group(1).toLowerCase(Locale.ROOT)
                    + ". I wanted to pick up from there and see where things stand for you.");
        } else if (sent.find()) {
            String what = sent.group(1).toLowerCase(Locale.ROOT);
            what = what.startsWith("the ") || what.startsWith("a ") || what.startsWith("an ") || what.startsWith("our ") || what.equals("references") ? what : "the " + what;
            f.values.put("historyOpener", asked + ", and we sent you " + what + ". I wanted to see whether it helped, and where things stand for you.");
        } else if (outcome.isEmpty() && !answeredSince(past, last, ask, in)) {
            f.values.put("historyOpener", asked + ", and I don't think we ever gave you a proper answer. I wanted to do that now, and see where things stand for you.");
        }
    }

    /** A contact of ours since that gave them something (a price, a quote, a booking) or spoke of what they asked answered it. */
    private static boolean answeredSince(List<Touchpoint> past, Touchpoint last, TextSignals.Ask ask, BriefInput in) {
        LocalDate on = BriefFacts.day(last, in);
        for (Touchpoint t : past) {
            if (t == last) {
                return false;
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (t.direction() == Direction.OUTBOUND && !BriefFacts.day(t, in).isBefore(on)
                    && (SENT.matcher(words).find() || TextSignals.saysPriceSent(words) || TextSignals.saysBooked(t.outcome() == null ? "" : t.outcome())
                    || speaksOf(words, ask.topic()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaksOf(String words, java.util.Set<String> topic) {
        String lower = words.toLowerCase(Locale.ROOT);
        return topic.stream().anyMatch(lower::contains);
    }
}
