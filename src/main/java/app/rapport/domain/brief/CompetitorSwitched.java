package app.rapport.domain.brief;

import app.rapport.domain.CompetitorLink;

/**
 * A client on record as gone over to a rival is no longer deciding: the call is a win-back, and it says
 * plainly that they left and when, instead of asking "what matters most to you right now" and giving
 * "reasons to stay". Reads {@code switchedTo}, {@code switchedWhen} and {@code switchedSaid} (the day
 * it was noted and the note's words, when there is a note).
 */
final class CompetitorSwitched {
    private CompetitorSwitched() {
    }

    static void read(BriefFacts f, BriefInput.LinkedCompetitor linked) {
        CompetitorLink link = linked.link();
        if (f.values.containsKey("switchedTo") || link == null || link.notedOn() == null || link.notedOn().isAfter(f.today)) {
            return;
        }
        f.values.put("switchedTo", linked.competitor().name());
        f.values.put("switchedWhen", TimeWords.ago(BriefFacts.days(link.notedOn(), f.today)));
        String note = link.note() == null ? "" : BriefFacts.stripEnd(link.note().strip());
        f.values.put("switchedSaid", f.dayInWords(link.notedOn(), f.today) + (note.isEmpty() ? "" : ": \u201c" + note + "\u201d"));
    }
}
