package app.rapport.domain.brief;

import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which linked rivals the client is weighing up for what is open now, and what they asked of us
 * about one. A rival is worth a talking point only then: a client who buys small things elsewhere
 * and large ones from us, who came to us from a rival long ago, or who named one in passing months
 * back is not choosing between us on this call, and a prepared answer about the rival is beside it.
 * Weighing: a live "considering" (or a move to them the call is about), a mention lately that was
 * not idle ("in passing", "curious rather than serious"), or the rival named in a contact lately. A rival whose quote they asked us to match is answered in the frame, honestly,
 * rather than left under an avoid line that forbids a discount.
 */
final class RivalWeighed {
    private RivalWeighed() {
    }

    /** How long a mention or a contact that names the rival still says they are weighing it up. */
    static final int LATELY_DAYS = 120;

    /** Words that say a mention was idle: "in passing", "curious rather than serious". */
    private static final Pattern IDLE = Pattern.compile("\\b(in passing|rather than serious|not serious(ly)?|just curious|idle)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The note of the link says the mention was idle: "Brought it up in passing; seemed curious rather than serious". */
    static boolean idle(String note) {
        return note != null && IDLE.matcher(note).find();
    }

    private static final Pattern QUOTE = Pattern.compile("\\b(quote\\w*|estimate|proposal)\\b", Pattern.CASE_INSENSITIVE);

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        List<BriefInput.LinkedCompetitor> weighed = new ArrayList<>();
        String match = null;
        for (BriefInput.LinkedCompetitor linked : in.competitors()) {
            CompetitorRelation relation = linked.link() == null ? CompetitorRelation.MENTIONED : linked.link().relation();
            LocalDate noted = linked.link() == null ? null : linked.link().notedOn();
            String note = linked.link() == null || linked.link().note() == null ? "" : linked.link().note();
            String said = spokenOfLately(f, in, past, linked.competitor().name());
            // Weighing them up now, or gone to them and the call is to win them back.
            boolean live = (relation == CompetitorRelation.CONSIDERING || relation == CompetitorRelation.SWITCHED_TO_THEM)
                    && f.competitorConsidered && !(noted != null && f.lastPurchaseOn != null && f.lastPurchaseOn.isAfter(noted))
                    || linked.competitor().name().equals(f.values.get("switchedTo"));
            boolean mentionedLately = relation == CompetitorRelation.MENTIONED && noted != null
                    && BriefFacts.days(noted, f.today) <= LATELY_DAYS && !IDLE.matcher(note).find();
            boolean stale = linked.competitor().name().equals(f.values.get("consideredLongAgo"));
            if (!stale && (live || mentionedLately || said != null)) {
                weighed.add(linked);
                String words = note + " " + (said == null ? "" : said);
                if (match == null && (live || said != null) && TextSignals.asksUsToMatch(words)) {
                    match = "They asked whether we can match " + linked.competitor().name() + "'s "
                            + (QUOTE.matcher(words).find() ? "quote" : "price")
                            + (noted == null ? "" : " (" + TimeWords.ago(BriefFacts.days(noted, f.today)) + ")")
                            + ": go through what theirs includes and what ours does, and say honestly whether we can match it.";
                }
            }
        }
        f.weighedRivals = List.copyOf(weighed);
        f.values.put("rivalMatch", match == null ? "" : match);
        boolean glad = f.leadingMood == Mood.HAPPY || f.leadingMood == Mood.EXCITED;
        // A plea about what they would lose is heavy for someone glad of us, and beside the point when their question is the price.
        f.values.put("stayReasons", match != null || glad ? "" : "Go through what they would lose by leaving, and what we can improve.");
        // Their question is already in their own words when it is the price: asking what would make them stay asks it again.
        f.values.put("stayAsk", match != null ? "" : "Ask what would make them stay, in their own words.");
        f.values.put("discountFirst", match != null ? "Dropping our price before comparing what each quote includes."
                : "A discount as the first answer: find out what matters first.");
    }

    /** The words of a contact lately that names the rival, or null when none does. */
    private static String spokenOfLately(BriefFacts f, BriefInput in, List<Touchpoint> past, String rival) {
        String name = rival.toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty()) {
            return null;
        }
        for (Touchpoint t : past.subList(0, Math.min(past.size(), 60))) {
            if (BriefFacts.days(BriefFacts.day(t, in), f.today) > LATELY_DAYS) {
                break;
            }
            String words = t.summary() + " " + (t.outcome() == null ? "" : t.outcome());
            if (words.toLowerCase(Locale.ROOT).contains(name)) {
                return words;
            }
        }
        return null;
    }
}
